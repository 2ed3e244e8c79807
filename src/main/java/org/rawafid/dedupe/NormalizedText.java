package org.rawafid.dedupe;

import java.text.Normalizer;
import java.util.Objects;

/**
 * {@link ArabicNormalizer#normalize} written into a reusable char buffer rather than a new string:
 * for search, which cuts the normalised text into words at once and needs no string of it
 * (issue 16: an item's index entry is computed for every stored item). The text is copied once
 * into a buffer the next text reuses and folded there (by a table when every char is NFKC-inert,
 * as nearly all news text is; after NFKC otherwise), then separated into words in a second
 * buffer (a table of char kinds below 0x700), where {@code normalize} copies the text five
 * times. The chars are exactly {@code normalize}'s
 * (NormalizedTextTest); text it would lower-case beyond ASCII (other scripts' capitals, with their
 * context rules) or whose words it would cut by code point (surrogate pairs) is declined, for the
 * string path. Not thread-safe: one per thread.
 */
public final class NormalizedText {
    /** A buffer grown beyond this many chars is not kept for the next text but one (a rare huge page is not kept). */
    private static final int KEPT_CHARS = 1 << 15;

    /** Chars 0x80-0x66F (above: none is inert): 0 not NFKC-inert, {@link #DROP} inert but ignorable, else folded. */
    private static final char[] INERT_FOLD = new char[0x670];
    private static final char DROP = '\uFFFF';
    /** What {@link #separate} asks of a char, for the chars below 0x700 (the rest computed): */
    private static final byte WORD = 1;
    private static final byte DIGIT = 2;
    private static final byte ARABIC = 4;
    /** A word char {@code normalize} would lower-case by {@code String.toLowerCase}: declined. */
    private static final byte OTHER_CASE = 8;
    private static final int TABLED = 0x700;
    private static final byte[] KIND = new byte[TABLED];

    static {
        for (char c = 0x80; c < INERT_FOLD.length; c++) {
            if (ArabicNormalizer.isNfkcInert(c)) {
                INERT_FOLD[c] = ArabicNormalizer.isIgnorable(c) ? DROP : ArabicNormalizer.folded(c);
            }
        }
        for (char c = 0; c < TABLED; c++) {
            KIND[c] = kindComputed(c);
        }
    }

    private char[] folded = new char[1024];
    private char[] chars = new char[2048];
    private int start;
    private int end;

    /**
     * Sets this to {@code normalize(text)} and returns true, or returns false (and holds nothing
     * meaningful) when the text needs {@code normalize}'s string path.
     */
    public boolean set(String text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        char[] a = n <= folded.length ? folded : new char[n];
        text.getChars(0, n, a, 0);
        int m = foldedIfInert(a, n);
        boolean separators = false;
        if (m < 0) {
            // A char NFKC may change (or a tashkeel mark, a thousands separator, a surrogate): the general fold.
            String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
            n = nfkc.length();
            a = n <= a.length ? a : new char[n];
            m = 0;
            for (int i = 0; i < n; i++) {
                char c = nfkc.charAt(i);
                if (ArabicNormalizer.isIgnorable(c)) {
                    continue;
                }
                if (Character.isSurrogate(c)) {
                    return false;
                }
                c = ArabicNormalizer.folded(c);
                separators |= c == '\u066C';
                a[m++] = c;
            }
        }
        if (separators) {
            m = withoutThousandsSeparators(a, m);
        }
        markDecimalPoints(a, m);
        if (n <= KEPT_CHARS) {
            folded = a;
        }
        if (chars.length > 2 * KEPT_CHARS) {
            chars = new char[2048];
        }
        return separate(a, m, 2 * m <= chars.length ? chars : new char[2 * m]);
    }

    /** The normalised text's chars: {@code chars()[start(), end())}, valid until the next {@link #set}. */
    public char[] chars() {
        return chars;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /**
     * Folds {@code a[0, n)} in place and returns the folded length when every char is one NFKC
     * leaves alone ({@link ArabicNormalizer#isNfkcInert}: of these only tatweel is ignorable, and
     * only the Arabic letters and digits fold), or returns -1 at the first other char.
     */
    private static int foldedIfInert(char[] a, int n) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c >= 0x80) {
                char f = c < INERT_FOLD.length ? INERT_FOLD[c] : 0;
                if (f == 0) {
                    return -1;
                }
                if (f == DROP) {
                    continue;
                }
                c = f;
            }
            a[m++] = c;
        }
        return m;
    }

    /** {@link #KIND} of one char, from the normaliser's own tests of chars. */
    private static byte kindComputed(char c) {
        int kind = (ArabicNormalizer.isWordChar(c) ? WORD : 0) | (ArabicNormalizer.isAsciiDigit(c) ? DIGIT : 0)
                | (ArabicNormalizer.isArabicScript(c) ? ARABIC : 0);
        if (ArabicNormalizer.isWordChar(c) && c >= 0x80 && (c < '\u0600' || c > '\u06FF')) {
            kind |= OTHER_CASE;
        }
        return (byte) kind;
    }

    /** THOUSANDS: "1٬000" → "1000", each separator judged by its neighbours before any is removed. */
    private static int withoutThousandsSeparators(char[] a, int n) {
        int m = 0;
        char before = 0;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (c != '\u066C' || i == 0 || i + 1 == n || !ArabicNormalizer.isAsciiDigit(before)
                    || !ArabicNormalizer.isAsciiDigit(a[i + 1])) {
                a[m++] = c;
            }
            before = c;
        }
        return m;
    }

    /** DECIMAL_POINT: "3.5" → "3\u00015" (written back as a dot by {@link #separate}). */
    private static void markDecimalPoints(char[] a, int m) {
        for (int i = 1; i + 1 < m; i++) {
            char c = a[i];
            if ((c == '.' || c == ',' || c == '\u066B') && ArabicNormalizer.isAsciiDigit(a[i - 1])
                    && ArabicNormalizer.isAsciiDigit(a[i + 1])) {
                a[i] = '\u0001';
            }
        }
    }

    /**
     * LETTER_DIGIT, NOT_WORD, SPACES and the lower-casing of {@link ArabicNormalizer#separateWords}
     * into {@code out}, or false when a char beyond ASCII outside the Arabic block would need
     * {@code String.toLowerCase}.
     */
    private boolean separate(char[] a, int m, char[] out) {
        int o = 0;
        boolean inRun = false;
        int before = 0;
        for (int i = 0; i < m; i++) {
            char c = a[i];
            int kind = c < TABLED ? KIND[c] : kindComputed(c);
            if ((kind & WORD) == 0) {
                if (!inRun) {
                    out[o++] = ' ';
                    inRun = true;
                }
                before = kind;
                continue;
            }
            if (!inRun && i > 0 && ((kind & DIGIT) != 0 ? (before & ARABIC) != 0
                    : (before & DIGIT) != 0 && (kind & ARABIC) != 0)) {
                out[o++] = ' ';
            }
            inRun = false;
            before = kind;
            if ((kind & OTHER_CASE) != 0) {
                return false;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c == '\u0001') {
                c = '.';
            }
            out[o++] = c;
        }
        int from = 0;
        while (from < o && out[from] == ' ') {
            from++;
        }
        while (o > from && out[o - 1] == ' ') {
            o--;
        }
        chars = out;
        start = from;
        end = o;
        return true;
    }
}
