package org.rawafid.clean;

import java.util.Objects;

/**
 * Which content an item keeps when full text was requested, and why (for the source's status).
 *
 * @param source where {@code html} and {@code text} come from
 * @param html   the content to store (already cleaned)
 * @param text   its plain text
 * @param reason a short human-readable reason, e.g. "extracted text (120 chars) is shorter than the feed's (300 chars)"
 */
public record FullTextChoice(Source source, String html, String text, String reason) {
    public FullTextChoice {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }

    /** Where the kept content comes from. */
    public enum Source { FEED, ARTICLE }

    /** True when the extracted article replaced the feed's content. */
    public boolean usesArticle() {
        return source == Source.ARTICLE;
    }
}
