package org.rawafid.clean;

import java.time.Instant;
import java.util.Objects;

/**
 * An article extracted from its web page.
 *
 * @param title        the headline without the site's name
 * @param author       the writer from the byline or page metadata, or {@code null}
 * @param published    the publication time from the page, or {@code null}
 * @param contentHtml  the article body, cleaned by {@link HtmlCleaner}
 * @param text         the plain text of {@code contentHtml}
 * @param imageUrl     the absolute URL of the lead image, or {@code null}
 * @param imageCaption the lead image's caption, or {@code null}
 * @param canonicalUrl the page's canonical URL (else the URL it was fetched from)
 */
public record Article(String title, String author, Instant published, String contentHtml, String text,
                      String imageUrl, String imageCaption, String canonicalUrl) {
    public Article {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentHtml, "contentHtml");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    }
}
