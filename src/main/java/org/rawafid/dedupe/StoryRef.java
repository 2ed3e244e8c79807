package org.rawafid.dedupe;

import java.util.Objects;

/** The story an item was assigned to; {@code created} when the item started it. */
public record StoryRef(long storyId, String guid, boolean created) {
    public StoryRef {
        Objects.requireNonNull(guid, "guid");
    }
}
