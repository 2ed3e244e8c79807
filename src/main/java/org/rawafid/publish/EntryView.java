package org.rawafid.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One published entry: a story as first reported, crediting the other outlets that carried it.
 * Texts and URLs pass through {@link InertText}: nothing a renderer reads can break its format or run.
 *
 * @param id          the stable story id (a URI such as {@code urn:rawafid:story:…}); never changes (SPEC §8)
 * @param link        the original article link, or {@code null} when it is not an http(s) URL
 * @param summary     plain text, may be empty
 * @param contentHtml clean HTML, already wrapped in {@code dir="rtl"}; may be empty
 * @param author      the byline, or {@code null} to credit the outlet as author
 * @param imageUrl    the lead image, or {@code null}
 * @param also        other outlets' reports of the same story, in the order to show them
 * @param storyUrl    the absolute URL of the story's page (SPEC §8a), or {@code null} for a single report
 * @param outlets     how many distinct outlets carried the story within a coverage feed's window, or 0
 *                    when the feed is not ranked by coverage
 */
public record EntryView(String id, String title, String link, String summary, String contentHtml,
                        Instant published, Instant updated, String author, List<String> categories,
                        String imageUrl, Outlet outlet, List<AlsoReport> also, String storyUrl, int outlets) {
    public EntryView {
        Objects.requireNonNull(id, "id");
        title = InertText.name(Objects.requireNonNull(title, "title"));
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        link = InertText.webUrl(link);
        summary = summary == null ? "" : InertText.text(summary);
        contentHtml = contentHtml == null ? "" : InertText.text(contentHtml);
        updated = updated == null || updated.isBefore(published) ? published : updated;
        author = author == null || author.isBlank() ? null : InertText.name(author);
        categories = categories.stream().map(InertText::text).filter(c -> !c.isBlank()).toList();
        imageUrl = InertText.webUrl(imageUrl);
        also = List.copyOf(also);
        if (outlets < 0) {
            throw new IllegalArgumentException("outlets must not be negative: " + outlets);
        }
    }

    /** An entry with no story page and no coverage count. */
    public EntryView(String id, String title, String link, String summary, String contentHtml,
                     Instant published, Instant updated, String author, List<String> categories,
                     String imageUrl, Outlet outlet, List<AlsoReport> also) {
        this(id, title, link, summary, contentHtml, published, updated, author, categories, imageUrl, outlet, also,
                null, 0);
    }

    /** The name to credit as author: the byline when known, else the outlet (SPEC §8). */
    public String creditedAuthor() {
        return author != null ? author : outlet.title();
    }
}
