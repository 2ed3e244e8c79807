package org.rawafid.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An item ready to store: parsed, cleaned and keyed.
 *
 * @param itemKey the dedup key within its source: the guid when usable, else the canonical link
 * @param summary plain text, at most 300 characters
 */
public record Item(String sourceId, String itemKey, String guid, String link, String canonicalLink, String title,
                   String contentHtml, String summary, String author, String imageUrl, List<String> categories,
                   Instant published, Instant updated) {
    public Item {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentHtml, "contentHtml");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        categories = List.copyOf(categories);
    }
}
