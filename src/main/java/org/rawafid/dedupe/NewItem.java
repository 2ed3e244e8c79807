package org.rawafid.dedupe;

import java.time.Instant;
import java.util.Objects;

/**
 * An item just stored (row {@code itemId} of table {@code item}) that needs its story.
 * {@code lead} is the plain-text summary; {@code canonicalLink} may be null.
 */
public record NewItem(long itemId, String sourceId, String itemKey, String canonicalLink, String title, String lead,
                      Instant published) {
    public NewItem {
        if (itemId <= 0) {
            throw new IllegalArgumentException("itemId must be positive: " + itemId);
        }
        requireText(sourceId, "sourceId");
        requireText(itemKey, "itemKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        lead = lead == null ? "" : lead;
        canonicalLink = canonicalLink == null || canonicalLink.isBlank() ? null : canonicalLink;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    Text text() {
        return new Text(title, lead);
    }
}
