package org.rawafid.dedupe;

import java.util.Objects;

/**
 * What the story matcher reads of an item: its title and the start of its plain-text
 * summary ({@code lead}, may be empty).
 */
public record Text(String title, String lead) {
    public Text {
        Objects.requireNonNull(title, "title");
        lead = lead == null ? "" : lead;
    }

    public static Text ofTitle(String title) {
        return new Text(title, "");
    }
}
