package org.rawafid.parse;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Tells whether single-byte text is Arabic, and in which code page. Decoding the bytes as
 * windows-1256 and as ISO-8859-6 and counting Arabic letters against other non-ASCII
 * characters is enough: the two code pages put Arabic letters at different byte values, and
 * Latin text decodes to few Arabic letters in either.
 */
final class ArabicScore {
    private ArabicScore() {
    }

    static Optional<Charset> betterSingleByteArabic(byte[] body, Charset... candidates) {
        Charset best = null;
        int bestScore = 0;
        for (Charset candidate : candidates) {
            int score = score(new String(body, candidate));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Arabic letters minus three times the other non-ASCII characters; positive means "reads as
     * Arabic". Zero unless Arabic letters are at least a tenth of the Latin letters, so a German
     * {@code ä} (a lam in windows-1256) does not turn a Latin feed Arabic.
     */
    static int score(String text) {
        int arabic = 0;
        int other = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                arabic++;
            } else if (c >= 0x80 && !isNeutral(c)) {
                other++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        return arabic * 10 < latin ? 0 : arabic - 3 * other;
    }

    private static boolean isNeutral(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || c == '\u00A0' || c == '\u00AB' || c == '\u00BB'
                || (c >= '\u2010' && c <= '\u2026') || c == '\u200C' || c == '\u200D'
                || c == '\u200E' || c == '\u200F';
    }
}
