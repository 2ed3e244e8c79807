package org.rawafid.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads Open Graph, {@code meta} and schema.org JSON-LD metadata from a page. */
final class MetadataReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "webpage");
    private static final String DATE_METAS = "meta[property=article:published_time], meta[property=og:published_time],"
            + " meta[itemprop=datePublished], meta[name=datePublished], meta[name=pubdate], meta[name=publishdate],"
            + " meta[name=publish-date], meta[name=article:published_time], meta[name=DC.date.issued],"
            + " meta[name=dcterms.created], meta[name=sailthru.date], meta[name=parsely-pub-date], meta[name=date]";

    private MetadataReader() {
    }

    static PageMetadata read(Document doc) {
        JsonNode ld = articleJsonLd(doc);
        List<String> dates = new ArrayList<>();
        for (Element meta : doc.select(DATE_METAS)) {
            dates.add(meta.attr("content"));
        }
        dates.add(text(ld, "datePublished"));
        // Microdata on an ordinary element: <span itemprop="datePublished" content="2020-06-03">3 يونيو</span>.
        for (Element el : doc.select("[itemprop=datePublished]:not(meta):not(time)")) {
            dates.add(el.hasAttr("content") ? el.attr("content") : el.text());
        }
        doc.select("time[itemprop=datePublished][datetime], time[pubdate][datetime], article time[datetime], time[datetime]")
                .forEach(t -> dates.add(t.attr("datetime")));
        dates.removeIf(d -> d == null || d.isBlank());
        return new PageMetadata(
                first(meta(doc, "og:title"), text(ld, "headline"), meta(doc, "twitter:title"), doc.title()),
                first(meta(doc, "og:site_name"), ld == null ? null : name(ld.get("publisher"))),
                first(ld == null ? null : name(ld.get("author")), meta(doc, "author"), meta(doc, "article:author")),
                dates,
                first(absolute(doc, meta(doc, "og:image")), ld == null ? null : absolute(doc, imageUrl(ld.get("image"))),
                        absolute(doc, meta(doc, "twitter:image"))),
                first(abs(doc.selectFirst("link[rel=canonical]"), "href"), absolute(doc, meta(doc, "og:url"))),
                text(ld, "articleBody"),
                first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"), meta(doc, "og:locale")));
    }

    private static JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // Broken JSON-LD is common (trailing commas, raw newlines); the page's other metadata still counts.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        JsonNode type = node.get("@type");
        String types = type == null ? "" : type.toString().toLowerCase(java.util.Locale.ROOT);
        boolean article = ARTICLE_TYPES.stream().anyMatch(t -> types.contains("\"" + t + "\""));
        return article && (node.has("headline") || node.has("articleBody") || node.has("datePublished")) ? node : null;
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> {
                String one = name(n);
                if (one != null) {
                    names.add(one);
                }
            });
            return names.isEmpty() ? null : String.join("، ", names);
        }
        return node.isTextual() ? blankToNull(node.asText()) : blankToNull(node.path("name").asText(null));
    }

    private static String imageUrl(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : imageUrl(node.get(0));
        }
        return node.isTextual() ? node.asText() : node.path("url").asText(null);
    }

    private static String text(JsonNode ld, String field) {
        return ld == null || !ld.hasNonNull(field) ? null : blankToNull(ld.get(field).asText());
    }

    private static String meta(Document doc, String key) {
        Element el = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return el == null ? null : blankToNull(el.attr("content"));
    }

    private static String absolute(Document doc, String url) {
        if (url == null) {
            return null;
        }
        String abs = org.jsoup.internal.StringUtil.resolve(doc.location(), url.strip());
        return abs.isEmpty() ? null : abs;
    }

    private static String abs(Element el, String attr) {
        return el == null ? null : blankToNull(el.absUrl(attr));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
