package org.rawafid.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A source feed as the parse stage read it, before cleaning. Strings that the feed did not
 * provide are {@code null}; the item list is never {@code null}.
 *
 * @param ttl             RSS {@code <ttl>} as a duration, or {@code null}
 * @param declaredCharset the charset the HTTP header or XML declaration named, or {@code null}
 * @param usedCharset     the charset the bytes were actually decoded with
 * @param format          Rome's feed type, e.g. {@code rss_2.0}, {@code rss_1.0}, {@code atom_1.0}
 */
public record ParsedFeed(String title, String siteUrl, String description, String language, Duration ttl,
                         String declaredCharset, String usedCharset, String format, List<ParsedItem> items) {
    public ParsedFeed {
        Objects.requireNonNull(usedCharset, "usedCharset");
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
    }
}
