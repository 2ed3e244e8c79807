package org.rawafid.dedupe;

import java.util.Objects;

/**
 * Confirms (or rejects) a same-story candidate on the exact token sets: the score is the
 * cosine similarity of the two sets of stemmed words, and a pair is the same story when the
 * score reaches {@link #THRESHOLD} (more for long texts, see {@link #threshold}) and the numbers don't contradict each other — when each
 * side mentions a number the other lacks (a 5.2 quake against a 4.1 one; 27.25% against
 * 7.5%), or their {@link Cue}s disagree (rises against falls, says against denies), the
 * texts report different facts even if every name matches.
 *
 * <p>The threshold was tuned on the ANS training pairs (see {@code StoryMatcherEvaluationTest}).
 * Thread-safe.
 */
public final class StoryMatcher {
    public static final double THRESHOLD = 0.5;
    private static final double LONG_TEXT_MARGIN = 0.1;

    private final Fingerprinter fingerprinter;
    private final double threshold;

    public StoryMatcher(Fingerprinter fingerprinter) {
        this(fingerprinter, THRESHOLD);
    }

    StoryMatcher(Fingerprinter fingerprinter, double threshold) {
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.threshold = threshold;
    }

    public Comparison compare(Text a, Text b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return compare(fingerprinter.fingerprint(a), fingerprinter.fingerprint(b));
    }

    public Comparison compare(Fingerprint a, Fingerprint b) {
        double score = score(a, b);
        boolean same = score >= threshold(a, b) && !numbersContradict(a, b) && !Cue.contradict(a.cues(), b.cues());
        return new Comparison(a.normalized(), b.normalized(), score, same);
    }

    /**
     * The score of a pair {@link #compare} calls the same story, or -1 when it would not: the same
     * decision and score, but the cheap vetoes come before the count — numbers, cues, and two
     * upper bounds on the score: all of a's words shared, then {@link WordSet#sharedAtMost} (each
     * computed as {@link #score} would, so division's monotonic rounding keeps them bounds) —
     * so most candidates that can't match are never scored. For {@link StoryIndex}, which only
     * needs the best same-story candidate.
     */
    double sameStoryScore(Fingerprint a, Fingerprint b) {
        if (numbersContradict(a, b) || Cue.contradict(a.cues(), b.cues())) {
            return -1;
        }
        int left = a.words().size();
        int right = b.words().size();
        double bar = threshold(a, b);
        // Computed as score() would with every word shared: division rounds monotonically, so score <= bound.
        if (left > 0 && right > 0) {
            double norm = Math.sqrt((double) left * right);
            if (Math.min(1.0, left / norm) < bar
                    || Math.min(1.0, a.words().sharedAtMost(b.words()) / norm) < bar) {
                return -1;
            }
        }
        double score = score(a, b);
        return score >= bar ? score : -1;
    }

    /**
     * The bar rises with length, from {@code threshold} for headlines (10 distinct words or
     * fewer on the shorter side) to {@code threshold + 0.1} for headline plus lead (20 or
     * more): longer texts share more of the generic news vocabulary (الرئيس، استقبل، بحث،
     * العلاقات) by chance, so two meetings of one president in the same agency template
     * score about 0.52 where two reports of one meeting score 0.62 and up.
     */
    private double threshold(Fingerprint a, Fingerprint b) {
        int words = Math.min(a.words().size(), b.words().size());
        return threshold + LONG_TEXT_MARGIN * Math.min(1.0, Math.max(0, words - 10) / 10.0);
    }

    /**
     * Cosine of the two sets of stemmed words, where a word also counts as shared when the other
     * side has it without a clitic letter the stemmer kept (too little would remain), or with one
     * ({@link WordSet#countSharedWith}).
     */
    static double score(Fingerprint a, Fingerprint b) {
        WordSet left = a.words();
        WordSet right = b.words();
        if (left.size() == 0 || right.size() == 0) {
            return 0;
        }
        int common = left.countSharedWith(right);
        return Math.min(1.0, common / Math.sqrt((double) left.size() * right.size()));
    }

    /**
     * Each side mentions a number the other lacks, and at least one of those is in a title:
     * leads add times, ages and tallies that other outlets leave out, titles carry the fact.
     */
    static boolean numbersContradict(Fingerprint a, Fingerprint b) {
        boolean aExtra = !b.numbers().containsAll(a.numbers());
        boolean bExtra = !a.numbers().containsAll(b.numbers());
        return aExtra && bExtra
                && (!b.numbers().containsAll(a.titleNumbers()) || !a.numbers().containsAll(b.titleNumbers()));
    }
}
