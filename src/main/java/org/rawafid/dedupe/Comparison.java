package org.rawafid.dedupe;

import java.util.Objects;

/**
 * The same-story decision for two texts: both normalised, their similarity in [0, 1] and
 * whether they are reports of the same story, and the rule that decided, e.g.
 * {@code "blocked: places differ (اليونان vs المغرب)"} or {@code "same: score 0.71 >= 0.55"}.
 */
public record Comparison(String normalizedA, String normalizedB, double score, boolean sameStory, String reason) {
    public Comparison(String normalizedA, String normalizedB, double score, boolean sameStory) {
        this(normalizedA, normalizedB, score, sameStory, sameStory ? "same" : "different");
    }

    public Comparison {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(normalizedA, "normalizedA");
        Objects.requireNonNull(normalizedB, "normalizedB");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }
}
