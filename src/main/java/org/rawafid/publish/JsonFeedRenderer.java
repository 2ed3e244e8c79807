package org.rawafid.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) through Jackson. Rawafid's own data (the
 * crediting outlet and the other outlets of a story) sits in the {@code _rawafid} extension object,
 * as the spec reserves underscore-prefixed keys for extensions.
 */
final class JsonFeedRenderer {
    static final String VERSION = "https://jsonfeed.org/version/1.1";
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    byte[] render(FeedView view) {
        ObjectNode feed = mapper.createObjectNode();
        feed.put("version", VERSION);
        feed.put("title", view.title());
        feed.put("home_page_url", view.firstUrl(Format.HTML));
        feed.put("feed_url", view.selfUrl(Format.JSON));
        if (!view.description().isEmpty()) {
            feed.put("description", view.description());
        }
        if (view.nextCursor() != null) {
            feed.put("next_url", view.nextUrl(Format.JSON));
        }
        feed.put("language", view.language());
        if (view.hubUrl() != null) {
            feed.putArray("hubs").addObject().put("type", "WebSub").put("url", view.hubUrl());
        }
        ArrayNode items = feed.putArray("items");
        view.entries().forEach(entry -> items.add(item(entry)));
        try {
            return mapper.writeValueAsBytes(feed);
        } catch (JsonProcessingException e) {
            throw new PublishException("cannot write JSON Feed " + view.id(), e);
        }
    }

    private ObjectNode item(EntryView entry) {
        ObjectNode item = mapper.createObjectNode();
        item.put("id", entry.id());
        putIfPresent(item, "url", entry.link());
        item.put("title", entry.title());
        String html = Credits.contentWithFooter(entry);
        // JSON Feed requires content_html or content_text on every item.
        if (!html.isEmpty()) {
            item.put("content_html", html);
        } else {
            item.put("content_text", entry.summary().isEmpty() ? entry.title() : entry.summary());
        }
        if (!entry.summary().isEmpty()) {
            item.put("summary", entry.summary());
        }
        item.put("date_published", rfc3339(entry.published()));
        item.put("date_modified", rfc3339(entry.updated()));
        item.putArray("authors").addObject().put("name", entry.creditedAuthor());
        ArrayNode tags = item.putArray("tags");
        entry.categories().forEach(tags::add);
        if (entry.imageUrl() != null) {
            item.put("image", entry.imageUrl());
        }
        item.set("_rawafid", credits(entry));
        return item;
    }

    private ObjectNode credits(EntryView entry) {
        ObjectNode rawafid = mapper.createObjectNode();
        rawafid.set("source", outlet(entry.outlet()));
        ArrayNode also = rawafid.putArray("also");
        for (AlsoReport report : entry.also()) {
            ObjectNode node = also.addObject();
            node.set("source", outlet(report.outlet()));
            node.put("title", report.title());
            putIfPresent(node, "url", report.link());
        }
        if (entry.storyUrl() != null) {
            rawafid.put("story_url", entry.storyUrl());
        }
        if (entry.outlets() > 0) {
            rawafid.put("outlets", entry.outlets());
        }
        return rawafid;
    }

    private ObjectNode outlet(Outlet outlet) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", outlet.id());
        node.put("title", outlet.title());
        putIfPresent(node, "url", outlet.homeUrl());
        putIfPresent(node, "feed_url", outlet.feedUrl());
        return node;
    }

    /** A URL that was not http(s) was dropped by the view; its key is left out rather than null. */
    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
