package org.rawafid.model;

import java.time.Instant;
import java.util.Objects;

/** An item as stored: its row id, when it was first seen and the story it belongs to (0 when none yet). */
public record StoredItem(long id, Item item, Instant firstSeen, long storyId, String storyGuid) {
    public StoredItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }
}
