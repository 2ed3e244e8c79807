package org.rawafid.dedupe;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

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
    private static final String CLITICS = "وفبكل";
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
     * The bar rises with length, from {@code threshold} for headlines (10 distinct words or
     * fewer on the shorter side) to {@code threshold + 0.1} for headline plus lead (20 or
     * more): longer texts share more of the generic news vocabulary (الرئيس، استقبل، بحث،
     * العلاقات) by chance, so two meetings of one president in the same agency template
     * score about 0.52 where two reports of one meeting score 0.62 and up.
     */
    private double threshold(Fingerprint a, Fingerprint b) {
        int words = Math.min(new HashSet<>(a.tokens()).size(), new HashSet<>(b.tokens()).size());
        return threshold + LONG_TEXT_MARGIN * Math.min(1.0, Math.max(0, words - 10) / 10.0);
    }

    static double score(Fingerprint a, Fingerprint b) {
        Set<String> left = a.tokenSet();
        Set<String> right = b.tokenSet();
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> rightTails = b.tails();
        int common = 0;
        for (String token : left) {
            if (right.contains(token) || right.contains(withoutClitic(token)) || rightTails.contains(token)) {
                common++;
            }
        }
        return Math.min(1.0, common / Math.sqrt((double) left.size() * right.size()));
    }

    private static String withoutClitic(String token) {
        return token.length() >= 3 && CLITICS.indexOf(token.charAt(0)) >= 0 ? token.substring(1) : token;
    }

    /**
     * One clitic letter the stemmer kept (too little would remain) doesn't make another word:
     * {@code token} has a clitic form in {@code set} iff it is the tail of a clitic-led member.
     * Built once per comparison; probing the set with five concatenations per token was the
     * hottest code under the write lock (JFR, bench ingest).
     */
    static Set<String> cliticTails(Set<String> set) {
        Set<String> tails = new HashSet<>();
        for (String word : set) {
            if (!word.isEmpty() && CLITICS.indexOf(word.charAt(0)) >= 0) {
                tails.add(word.substring(1));
            }
        }
        return tails;
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
