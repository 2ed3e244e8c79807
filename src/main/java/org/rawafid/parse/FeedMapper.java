package org.rawafid.parse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps Rome's {@link SyndFeed} into our records, taking from the XML tree what Rome loses:
 * raw dates (read with our {@link DateParser}), guids as written, xml:base and images.
 */
final class FeedMapper {
    private static final Logger LOG = LoggerFactory.getLogger(FeedMapper.class);
    private final DateParser dates;

    FeedMapper(DateParser dates) {
        this.dates = dates;
    }

    ParsedFeed map(SyndFeed feed, Document document, DecodedText text, URI feedUrl) {
        Element root = document.getRootElement();
        List<Element> rawItems = RawElements.items(root);
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = rawItems.size() == entries.size();
        URI feedBase = RawElements.base(root, feedUrl);
        List<ParsedItem> items = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            try {
                items.add(item(entries.get(i), aligned ? rawItems.get(i) : null, feedBase));
            } catch (RuntimeException e) {
                // One item too odd to map should not cost the feed its other items.
                LOG.warn("{}: skipped item {} that could not be mapped: {}", feedUrl, i + 1, e.toString());
            }
        }
        warnOfMalformedMedia(rawItems, feedUrl);
        Element channel = RawElements.channel(root);
        String language = RawElements.nonBlank(feed.getLanguage())
                .or(() -> RawElements.channelText(root, "language"))
                .or(() -> RawElements.nonBlank(root.getAttributeValue("lang", Namespace.XML_NAMESPACE)))
                .or(() -> RawElements.nonBlank(channel.getAttributeValue("lang", Namespace.XML_NAMESPACE))).orElse(null);
        String title = RawElements.base64Text(channel, "title").orElse(orRaw(feed.getTitle(), channel, "title"));
        String description = RawElements.base64Text(channel, "subtitle")
                .orElse(orRaw(feed.getDescription(), channel, "description", "subtitle", "tagline", "summary"));
        return new ParsedFeed(title, Links.resolve(feedBase, feed.getLink()).orElse(null), description,
                language, ttl(root), text.declaredCharset(), text.usedCharset(), feed.getFeedType(), items);
    }

    /** One line per feed and poll, however many items carry a bad media URL (Rome's own logger is silenced). */
    private static void warnOfMalformedMedia(List<Element> rawItems, URI feedUrl) {
        List<String> bad = RawElements.malformedMediaUrls(rawItems);
        if (!bad.isEmpty()) {
            String first = bad.get(0).length() > 120 ? bad.get(0).substring(0, 120) + "…" : bad.get(0);
            LOG.warn("{}: {} media:content/thumbnail URL(s) malformed, their images skipped (first: \"{}\");"
                    + " the publisher should percent-encode them", feedUrl, bad.size(), first);
        }
    }

    private ParsedItem item(SyndEntry entry, Element raw, URI feedBase) {
        URI base = raw == null ? feedBase : RawElements.base(RawElements.bodyElement(raw), feedBase);
        Body body = body(entry, raw);
        return new ParsedItem(raw == null ? null : RawElements.guid(raw).orElse(null),
                Links.resolve(base, entry.getLink()).orElse(null), title(entry, raw), body.html(), body.summary(),
                raw == null ? author(entry) : orRaw(author(entry), raw, "creator", "author"),
                date(raw == null ? Optional.empty() : RawElements.publishedText(raw), entry.getPublishedDate()),
                date(raw == null ? Optional.empty() : RawElements.updatedText(raw), entry.getUpdatedDate()),
                categories(entry, raw),
                raw == null ? null : RawElements.imageUrl(raw).flatMap(u -> Links.resolve(base, u)).orElse(null),
                base.toString());
    }

    /** The fullest HTML body, and the description/summary when it says something else. */
    private record Body(String html, String summary) {
    }

    private static Body body(SyndEntry entry, Element raw) {
        String content = entry.getContents().stream().map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank()).findFirst().map(XhtmlDiv::unwrap).orElse(null);
        String description = entry.getDescription() == null ? null : XhtmlDiv.unwrap(entry.getDescription().getValue());
        if (raw != null) {
            content = RawElements.base64Text(raw, "content").orElse(orRaw(content, raw, "encoded", "body", "fullitem"));
            description = RawElements.base64Text(raw, "summary").orElse(orRaw(description, raw, "description", "summary"));
        }
        if (content == null) {
            return new Body(description, null);
        }
        return new Body(content, description != null && !description.equals(content) ? description : null);
    }

    private static String title(SyndEntry entry, Element raw) {
        if (raw == null) {
            return XhtmlDiv.unwrap(entry.getTitle());
        }
        return RawElements.base64Text(raw, "title").orElse(orRaw(entry.getTitle(), raw, "title"));
    }

    /**
     * Whether this item's dates are read by our parser alone, Rome's never consulted: its published
     * text is one we read, and its updated text is one we read or absent (then Rome has no updated
     * date either: Rome reads it only from the same elements, and a blank one is no date).
     */
    boolean romeDatesUnused(Element raw) {
        if (RawElements.publishedText(raw).flatMap(dates::parse).isEmpty()) {
            return false;
        }
        Optional<String> updated = RawElements.updatedText(raw);
        return updated.isEmpty() || updated.flatMap(dates::parse).isPresent();
    }

    /** Our reading of the raw text first (it knows Arabic and sloppy dates), Rome's as a fallback. */
    private Instant date(Optional<String> rawText, Date romeDate) {
        Optional<Instant> ours = rawText.flatMap(dates::parse);
        if (ours.isPresent()) {
            return ours.get();
        }
        return romeDate == null ? null : romeDate.toInstant();
    }

    private static String author(SyndEntry entry) {
        String author = blankToNull(entry.getAuthor());
        if (author == null && !entry.getAuthors().isEmpty()) {
            author = blankToNull(entry.getAuthors().get(0).getName());
        }
        return author;
    }

    private static List<String> categories(SyndEntry entry, Element raw) {
        List<String> names = entry.getCategories().stream().map(SyndCategory::getName)
                .filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        return names.isEmpty() && raw != null ? RawElements.categories(raw).stream().distinct().toList() : names;
    }

    /** RSS {@code <ttl>} is in minutes; anything unreadable or non-positive is ignored. */
    private static Duration ttl(Element root) {
        return RawElements.channelText(root, "ttl").flatMap(t -> {
            try {
                long minutes = Long.parseLong(t);
                return minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Rome's value (an Atom XHTML div unwrapped), else the markup of the first raw child with one of {@code names}. */
    private static String orRaw(String romeValue, Element parent, String... names) {
        String value = XhtmlDiv.unwrap(romeValue);
        return value != null ? value : RawElements.firstMarkup(parent, List.of(names)).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
