package org.rawafid.dedupe;

import java.util.Objects;

/**
 * The same-story decision for two texts: both normalised, their similarity in [0, 1] and
 * whether they are reports of the same story.
 */
public record Comparison(String normalizedA, String normalizedB, double score, boolean sameStory) {
    public Comparison {
        Objects.requireNonNull(normalizedA, "normalizedA");
        Objects.requireNonNull(normalizedB, "normalizedB");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }
}
