package org.rawafid.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): {@code content_html}, else
 * {@code content_text} as paragraphs; {@code summary}; {@code date_published}/{@code date_modified}
 * through the {@link DateParser}; {@code authors} (1.1) or {@code author} (1.0); {@code tags};
 * {@code image}, else {@code banner_image}, else an image attachment; other attachments listed
 * as links under the content. Extension objects ({@code _rawafid} among them) are ignored: the
 * author and link they would give are already the item's own. Thread-safe.
 */
final class JsonFeedReader implements KindReader {
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";
    private final ObjectMapper mapper = new ObjectMapper();
    private final DateParser dates;

    JsonFeedReader(DateParser dates) {
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /** Whether the body is JSON rather than XML: its first non-blank character (after any BOM) is <code>{</code>. */
    static boolean looksLikeJson(byte[] body) {
        int i = utf8BomLength(body);
        while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
            i++;
        }
        return i < body.length && body[i] == '{';
    }

    @Override
    public ParsedFeed read(byte[] body, String contentType, URI url) throws ParseException {
        JsonNode root;
        try {
            int skip = utf8BomLength(body);
            root = mapper.readTree(body, skip, body.length - skip);
        } catch (JsonProcessingException e) {
            throw new ParseException(url, "not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new ParseException(url, "cannot read JSON: " + e.getMessage(), e);
        }
        String version = text(root, "version");
        if (version == null || !version.startsWith(VERSION_PREFIX) || !root.path("items").isArray()) {
            throw new ParseException(url, "JSON but not a JSON Feed (it needs \"version\": \"" + VERSION_PREFIX
                    + "1.1\" and an \"items\" array)");
        }
        URI base = Optional.ofNullable(text(root, "feed_url")).flatMap(u -> Links.resolve(url, u))
                .map(JsonFeedReader::uriOrNull).orElse(url);
        String feedAuthor = author(root);
        List<ParsedItem> items = new ArrayList<>();
        for (JsonNode item : root.get("items")) {
            if (item.isObject()) {
                items.add(item(item, base, feedAuthor));
            }
        }
        String format = "json_feed_" + version.substring(VERSION_PREFIX.length()).toLowerCase(Locale.ROOT);
        return new ParsedFeed(text(root, "title"), Links.resolve(base, text(root, "home_page_url")).orElse(null),
                text(root, "description"), text(root, "language"), null, null, "utf-8", format, items);
    }

    /** @param feedAuthor the feed's top-level author, which items without their own inherit (JSON Feed 1.1) */
    private ParsedItem item(JsonNode item, URI base, String feedAuthor) {
        // Without url or external_url, an id that is a web address is the item's address (as Miniflux reads it).
        String id = text(item, "id");
        String link = Links.resolve(base, Optional.ofNullable(text(item, "url")).or(() -> Optional.ofNullable(
                text(item, "external_url"))).orElse(isWebAddress(id) ? id : null))
                .orElse(null);
        URI itemBase = link == null ? base : Optional.ofNullable(uriOrNull(link)).orElse(base);
        String content = text(item, "content_html");
        if (content == null && text(item, "content_text") != null) {
            content = PlainText.toHtml(text(item, "content_text"));
        }
        Attachments attachments = attachments(item.path("attachments"), itemBase);
        if (!attachments.linksHtml().isEmpty()) {
            content = (content == null ? "" : content) + attachments.linksHtml();
        }
        String summary = text(item, "summary");
        String image = Optional.ofNullable(text(item, "image")).or(() -> Optional.ofNullable(text(item, "banner_image")))
                .or(() -> Optional.ofNullable(attachments.imageUrl()))
                .flatMap(u -> Links.resolve(itemBase, u)).orElse(null);
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(t -> {
            if (t.isTextual() && !t.asText().isBlank()) {
                tags.add(t.asText().strip());
            }
        });
        return new ParsedItem(text(item, "id"), link, PlainText.escape(text(item, "title")), content,
                summary == null ? null : PlainText.toHtml(summary), Optional.ofNullable(author(item)).orElse(feedAuthor),
                date(text(item, "date_published")), date(text(item, "date_modified")),
                tags.stream().distinct().toList(), image, itemBase.toString());
    }

    /** 1.1 {@code authors} (first with a name), else the 1.0 {@code author}, of an item or the feed. */
    private static String author(JsonNode item) {
        for (JsonNode author : item.path("authors")) {
            String name = text(author, "name");
            if (name != null) {
                return name;
            }
        }
        return text(item.path("author"), "name");
    }

    private record Attachments(String imageUrl, String linksHtml) {
    }

    private static Attachments attachments(JsonNode list, URI base) {
        String image = null;
        StringBuilder links = new StringBuilder();
        for (JsonNode a : list) {
            String url = Links.resolve(base, text(a, "url")).orElse(null);
            if (url == null) {
                continue;
            }
            String mime = Optional.ofNullable(text(a, "mime_type")).orElse("").toLowerCase(Locale.ROOT);
            if (mime.startsWith("image/") && image == null) {
                image = url;
            } else {
                String title = Optional.ofNullable(text(a, "title")).orElse(url);
                links.append("<p><a href=\"").append(PlainText.escape(url)).append("\">")
                        .append(PlainText.escape(title)).append("</a></p>");
            }
        }
        return new Attachments(image, links.toString());
    }

    private java.time.Instant date(String text) {
        return text == null ? null : dates.parse(text).orElse(null);
    }

    /** A string or number field as text; {@code null} when absent, blank or of another type. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() && !value.isNumber()) {
            return null;
        }
        String s = value.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static boolean isWebAddress(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://"))
                && s.chars().noneMatch(Character::isWhitespace);
    }

    /** JSON Feed is UTF-8 (RFC 8259 section 8.1); a UTF-8 byte-order mark is tolerated. */
    private static int utf8BomLength(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    private static URI uriOrNull(String s) {
        try {
            return URI.create(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
