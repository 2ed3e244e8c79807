package org.rawafid.dedupe;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A story carried by several outlets, for {@code rawafid stories} and the "نشرته أيضاً"
 * footer: its items in publication order, the first report first.
 */
public record StoryView(long storyId, String guid, long firstItemId, Instant updated, List<Item> items) {
    public StoryView {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(updated, "updated");
        items = List.copyOf(items);
    }

    /** One outlet's report; {@code score} is its similarity to the story's first report (1 for that one). */
    public record Item(long itemId, String sourceId, String title, String link, Instant published, double score) {
        public Item {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(published, "published");
        }
    }
}
