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
        return judge(split(a), split(b));
    }

    /**
     * A field holding a headline and its lead ("عنوان. المقدمة …", as the twins sets and a copied
     * item read) is taken apart at its first sentence end, so the title-only rules (cues, title
     * numbers) see the title; a headline alone stays whole.
     */
    static Text split(String text) {
        int end = -1;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '؟' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                    && !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 2 < text.length()
                    && Character.isDigit(text.charAt(i + 2)))) {
                end = i;
                break;
            }
        }
        return end < 0 ? Text.ofTitle(text) : new Text(text.substring(0, end), text.substring(end + 2));
    }

    public Comparison judge(Text a, Text b) {
        Fingerprint fa = fingerprinter.fingerprint(a);
        Fingerprint fb = fingerprinter.fingerprint(b);
        Comparison exact = matcher.compare(fa, fb);
        if (exact.sameStory() && !fa.sharesBandWith(fb)) {
            return new Comparison(exact.normalizedA(), exact.normalizedB(), exact.score(), false,
                    "different: no shared LSH band, the index would never compare them");
        }
        return exact;
    }
}
