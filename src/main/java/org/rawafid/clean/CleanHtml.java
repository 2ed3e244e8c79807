package org.rawafid.clean;

import java.util.Objects;

/**
 * The result of cleaning one piece of HTML.
 *
 * @param html         safe HTML, wrapped in {@code <div dir="rtl" lang="…">} when right-to-left
 * @param text         the plain text of {@code html}, one line per block
 * @param leadImageUrl the absolute URL of the first image kept, or {@code null}
 */
public record CleanHtml(String html, String text, String leadImageUrl) {
    public CleanHtml {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    /** True when nothing readable is left. */
    public boolean isEmpty() {
        return text.isBlank() && leadImageUrl == null;
    }
}
