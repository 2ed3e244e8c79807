package org.rawafid.publish;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import org.jdom2.Document;
import org.jdom2.Namespace;

import java.util.ArrayList;
import java.util.List;

/**
 * Atom 1.0 (RFC 4287) through Rome. Every entry has its own author (byline else outlet), so the
 * feed needs none; RFC 5005 {@code first}/{@code next} links page through older entries.
 */
final class AtomRenderer {
    byte[] render(FeedView view) {
        Document document = XmlDocuments.generate(feed(view));
        document.getRootElement().setAttribute("lang", view.language(), Namespace.XML_NAMESPACE);
        return XmlDocuments.serialise(document);
    }

    private Feed feed(FeedView view) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(view.urn());
        feed.setTitle(view.title());
        if (!view.description().isEmpty()) {
            feed.setSubtitle(text(view.description()));
        }
        feed.setUpdated(XmlDocuments.date(view.updated()));
        feed.setAlternateLinks(List.of(link("alternate", view.firstUrl(Format.HTML), "text/html")));
        feed.setOtherLinks(otherLinks(view));
        Generator generator = new Generator();
        generator.setValue("Rawafid");
        feed.setGenerator(generator);
        feed.setEntries(view.entries().stream().map(this::entry).toList());
        if (view.entries().isEmpty()) {
            // Entries credit their own authors; an empty feed still needs one (the W3C Feed Validator
            // reports a feed with neither entries nor author), so the feed credits itself.
            feed.setAuthors(List.of(person(view.title(), view.firstUrl(Format.HTML))));
        }
        return feed;
    }

    private static List<Link> otherLinks(FeedView view) {
        List<Link> links = new ArrayList<>();
        links.add(link("self", view.selfUrl(Format.ATOM), "application/atom+xml"));
        if (view.hubUrl() != null) {
            links.add(link("hub", view.hubUrl(), null));
        }
        links.add(link("first", view.firstUrl(Format.ATOM), "application/atom+xml"));
        if (view.nextCursor() != null) {
            links.add(link("next", view.nextUrl(Format.ATOM), "application/atom+xml"));
        }
        return links;
    }

    private Entry entry(EntryView view) {
        Entry entry = new Entry();
        entry.setId(view.id());
        entry.setTitle(view.title());
        if (view.link() != null) {
            entry.setAlternateLinks(List.of(link("alternate", view.link(), null)));
        }
        if (view.storyUrl() != null) {
            // RFC 4287 §4.2.7.2: "related" — the page comparing every outlet's report (SPEC §8a).
            entry.setOtherLinks(List.of(link("related", view.storyUrl(), "text/html")));
        }
        entry.setPublished(XmlDocuments.date(view.published()));
        entry.setUpdated(XmlDocuments.date(view.updated()));
        entry.setAuthors(List.of(person(view.creditedAuthor(), null)));
        entry.setContributors(view.also().stream()
                .map(a -> person(a.outlet().title(), a.outlet().homeUrl())).toList());
        entry.setCategories(view.categories().stream().map(AtomRenderer::category).toList());
        entry.setSource(source(view.outlet(), view));
        if (!view.summary().isEmpty()) {
            entry.setSummary(text(view.summary()));
        }
        String html = Credits.contentWithFooter(view);
        if (!html.isEmpty()) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(html);
            entry.setContents(List.of(content));
        } else if (view.link() == null) {
            // RFC 4287 §4.1.1: an entry without an alternate link must have content.
            entry.setContents(List.of(text(view.summary().isEmpty() ? view.title() : view.summary())));
        }
        return entry;
    }

    /**
     * RFC 4287 §4.2.11: the outlet's feed the entry came from, so readers can credit it. The W3C
     * Feed Validator wants id, title and updated in a source as in a feed; we do not keep the
     * outlet feed's own updated time, so the entry's (a time that feed had this entry) stands in.
     */
    private static Feed source(Outlet outlet, EntryView entry) {
        Feed source = new Feed("atom_1.0");
        source.setId("urn:rawafid:source:" + outlet.id());
        source.setTitle(outlet.title());
        source.setUpdated(XmlDocuments.date(entry.updated()));
        if (outlet.siteUrl() != null) {
            source.setAlternateLinks(List.of(link("alternate", outlet.siteUrl(), "text/html")));
        }
        if (outlet.feedUrl() != null) {
            source.setOtherLinks(List.of(link("self", outlet.feedUrl(), null)));
        }
        return source;
    }

    private static SyndPerson person(String name, String uri) {
        Person person = new Person();
        person.setName(name);
        person.setUri(uri);
        return person;
    }

    private static Category category(String term) {
        Category category = new Category();
        category.setTerm(term);
        return category;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
