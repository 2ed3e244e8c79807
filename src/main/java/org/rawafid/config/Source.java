package org.rawafid.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One {@code sources:} entry, with defaults already applied.
 *
 * @param title    the configured title, or {@code null} to use the feed's own
 * @param language the configured language, or {@code null} to use the feed's, else detection
 * @param extract  per-site full-text rules, or {@code null}
 * @param type     what the URL serves (SPEC §2, §5a)
 * @param select   listing-page selectors ({@code type: html} only), or {@code null} to find items automatically
 */
public record Source(String id, URI url, String title, Duration interval, Duration timeout, long maxBytes,
                     String language, List<String> tags, boolean enabled, boolean fullText, Extract extract,
                     Type type, Select select) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(type, "type");
        tags = List.copyOf(tags);
        if (select != null && type != Type.HTML) {
            throw new IllegalArgumentException("select applies only to type html");
        }
    }

    /** A source of the default kind: a feed (RSS, Atom, RDF or JSON Feed), no selectors. */
    public Source(String id, URI url, String title, Duration interval, Duration timeout, long maxBytes,
                  String language, List<String> tags, boolean enabled, boolean fullText, Extract extract) {
        this(id, url, title, interval, timeout, maxBytes, language, tags, enabled, fullText, extract, Type.FEED, null);
    }

    /** What a source's URL serves (SPEC §5a); the name is the feeds.yml value in lower case. */
    public enum Type {
        /** RSS, Atom, RDF or JSON Feed, told apart by content. */
        FEED,
        /** A Google News sitemap, or a plain sitemap or sitemap index with {@code lastmod}. */
        SITEMAP,
        /** A listing page of article links. */
        HTML,
        /** A public Telegram channel's preview page ({@code https://t.me/s/NAME}). */
        TELEGRAM;

        /** The feeds.yml spelling. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code select:} CSS selectors (jsoup syntax) for a listing page. {@code item} is required; the others
     * are looked up inside each item element and may be {@code null} (title and link then fall back to the
     * item's first link).
     */
    public record Select(String item, String title, String link, String date, String summary, String image) {
        public Select {
            Objects.requireNonNull(item, "item");
        }
    }

    /** {@code extract:} rules: a CSS selector for the article body and selectors to remove inside it. */
    public record Extract(String content, List<String> remove) {
        public Extract {
            remove = List.copyOf(remove);
        }
    }
}
