package org.rawafid.dedupe;

import java.util.Objects;

/**
 * The decision the pipeline would make for two items with these titles, published at the
 * same moment by two different outlets: first the LSH candidate lookup (no shared band
 * means the index would never even compare them), then {@link StoryMatcher}. Backs
 * {@code rawafid similar}. Thread-safe.
 */
public final class PairJudge {
    private final Fingerprinter fingerprinter;
    private final StoryMatcher matcher;

    public PairJudge(Fingerprinter fingerprinter, StoryMatcher matcher) {
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    /** Wires the default normaliser, fingerprinter and matcher. */
    public static PairJudge standard() {
        Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
        return new PairJudge(fingerprinter, new StoryMatcher(fingerprinter));
    }

    public Comparison similar(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return judge(Text.ofTitle(a), Text.ofTitle(b));
    }

    public Comparison judge(Text a, Text b) {
        Fingerprint fa = fingerprinter.fingerprint(a);
        Fingerprint fb = fingerprinter.fingerprint(b);
        Comparison exact = matcher.compare(fa, fb);
        if (exact.sameStory() && !fa.sharesBandWith(fb)) {
            return new Comparison(exact.normalizedA(), exact.normalizedB(), exact.score(), false);
        }
        return exact;
    }
}
