package org.rawafid.publish;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.rss.Source;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

import java.util.ArrayList;
import java.util.List;

/** RSS 2.0 through Rome, with content:encoded, dc:creator, atom:link (self, hub, RFC 5005 paging) and media:content. */
final class RssRenderer {
    static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    static final Namespace MEDIA = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    byte[] render(FeedView feed) {
        Document document = XmlDocuments.generate(channel(feed));
        Element root = document.getRootElement();
        root.addNamespaceDeclaration(ATOM);
        root.addNamespaceDeclaration(MEDIA);
        Element channel = root.getChild("channel");
        addAtomLinks(channel, feed);
        addImages(channel.getChildren("item"), feed.entries());
        return XmlDocuments.serialise(document);
    }

    private Channel channel(FeedView feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.firstUrl(Format.HTML));
        // RSS 2.0 requires a description; an empty one is allowed but readers show the title instead.
        channel.setDescription(feed.description().isEmpty() ? feed.title() : feed.description());
        channel.setLanguage(feed.language());
        channel.setLastBuildDate(XmlDocuments.date(feed.updated()));
        channel.setGenerator("Rawafid");
        channel.setItems(feed.entries().stream().map(this::item).toList());
        return channel;
    }

    private Item item(EntryView entry) {
        Item item = new Item();
        item.setTitle(inertTitle(entry.title()));
        item.setLink(entry.link());
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(entry.id());
        item.setGuid(guid);
        item.setPubDate(XmlDocuments.date(entry.published()));
        item.setCategories(entry.categories().stream().map(RssRenderer::category).toList());
        // RSS 2.0 <source url> must be an http(s) URL; a file: source (SPEC §2) is credited by dc:creator only.
        if (entry.outlet().feedUrl() != null) {
            Source source = new Source();
            source.setUrl(entry.outlet().feedUrl());
            source.setValue(entry.outlet().title());
            item.setSource(source);
        }
        if (!entry.summary().isEmpty()) {
            Description description = new Description();
            description.setType("text/plain");
            description.setValue(asHtml(entry.summary()));
            item.setDescription(description);
        }
        String html = Credits.contentWithFooter(entry);
        if (!html.isEmpty()) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(html);
            item.setContent(content);
        }
        item.setModules(new ArrayList<>(List.of(credits(entry))));
        return item;
    }

    /**
     * RSS 2.0 leaves it open whether a title is text or HTML, and many readers render it as HTML:
     * a plain-text title holding {@code <img onerror=…>} (a source's literal text) would run there.
     * A {@code <} written as {@code &lt;} shows as itself either way (issue 18); nothing else changes,
     * so readers that treat titles as text see them as the source wrote them.
     */
    private static String inertTitle(String title) {
        return title.indexOf('<') < 0 ? title : title.replace("<", "&lt;");
    }

    /** {@code <description>} is HTML by RSS custom; the summary is plain text, so it goes in escaped. */
    private static String asHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** dc:creator is the byline, else the outlet; every other outlet of the story is a dc:contributor. */
    private static Module credits(EntryView entry) {
        DCModuleImpl dc = new DCModuleImpl();
        dc.setCreator(entry.creditedAuthor());
        dc.setContributors(entry.also().stream().map(a -> a.outlet().title()).distinct().toList());
        return dc;
    }

    private static Category category(String term) {
        Category category = new Category();
        category.setValue(term);
        return category;
    }

    private static void addAtomLinks(Element channel, FeedView feed) {
        channel.addContent(atomLink("self", feed.selfUrl(Format.RSS)));
        if (feed.hubUrl() != null) {
            channel.addContent(atomLink("hub", feed.hubUrl()));
        }
        // RFC 5005 §3 paged feeds; the first page links to itself as "first" too.
        channel.addContent(atomLink("first", feed.firstUrl(Format.RSS)));
        if (feed.nextCursor() != null) {
            channel.addContent(atomLink("next", feed.nextUrl(Format.RSS)));
        }
    }

    private static Element atomLink(String rel, String href) {
        Element link = new Element("link", ATOM).setAttribute("rel", rel).setAttribute("href", href);
        if (!"hub".equals(rel)) {
            link.setAttribute("type", "application/rss+xml");
        }
        return link;
    }

    private static void addImages(List<Element> items, List<EntryView> entries) {
        for (int i = 0; i < items.size(); i++) {
            String image = entries.get(i).imageUrl();
            if (image != null) {
                items.get(i).addContent(new Element("content", MEDIA)
                        .setAttribute("url", image).setAttribute("medium", "image"));
            }
        }
    }
}
