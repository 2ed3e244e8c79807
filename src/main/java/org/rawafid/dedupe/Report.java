package org.rawafid.dedupe;

import java.time.Instant;
import java.util.Objects;

/**
 * An item about to be stored that needs its story: {@link StoryIndex#store} decides the story
 * first and inserts the item with it. {@code canonicalLink} may be null.
 */
public record Report(String sourceId, String itemKey, String canonicalLink, Instant published) {
    public Report {
        if (sourceId == null || sourceId.isBlank()) {
            throw new IllegalArgumentException("sourceId must not be blank");
        }
        if (itemKey == null || itemKey.isBlank()) {
            throw new IllegalArgumentException("itemKey must not be blank");
        }
        Objects.requireNonNull(published, "published");
        canonicalLink = canonicalLink == null || canonicalLink.isBlank() ? null : canonicalLink;
    }
}
