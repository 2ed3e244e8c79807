package org.rawafid.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text split into runs, some marked as differing from the other reports of a story
 * (see {@link StoryDifferences}). Joining the runs gives the text back unchanged.
 */
public record MarkedText(List<Run> runs) {
    /** A piece of the text; {@code marked} when it is a word some other report lacks. */
    public record Run(String text, boolean marked) {
        public Run {
            Objects.requireNonNull(text, "text");
        }
    }

    public MarkedText {
        runs = List.copyOf(runs);
    }

    /** The text without marks. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.text()));
        return out.toString();
    }

    /** The marked words, in order, each once. */
    public List<String> markedWords() {
        List<String> words = new ArrayList<>();
        for (Run run : runs) {
            if (run.marked() && !words.contains(run.text())) {
                words.add(run.text());
            }
        }
        return words;
    }
}
