package org.rawafid.publish;

import java.time.Instant;
import java.util.Objects;

/**
 * A merged feed as listed on the index page.
 *
 * @param entries    how many entries the feed publishes now
 * @param lastUpdate when it last changed, or {@code null} when it has no entries yet
 */
public record FeedSummary(String id, String title, String description, long entries, Instant lastUpdate) {
    public FeedSummary {
        Objects.requireNonNull(id, "id");
        title = InertText.name(Objects.requireNonNull(title, "title"));
        description = description == null ? "" : InertText.text(description);
    }
}
