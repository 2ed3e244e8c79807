package org.rawafid.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Arabic spelling variants so that boilerplate phrases and site names compare equal. */
final class ArabicText {
    private static final Pattern MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern BIDI = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private ArabicText() {
    }

    /** Folds hamza/alef forms, ta marbuta, alef maqsura, diacritics, tatweel, case and edge punctuation. */
    static String fold(String s) {
        // Text of ASCII, Arabic and the folded spaces (nearly every label the boilerplate remover
        // folds): marks and bidi controls dropped, letters folded, Latin lowered and spaces collapsed
        // in one pass into one array; anything else takes foldInSteps. Both give foldByPatterns'
        // string (tested against it on every char).
        char[] out = new char[s.length()];
        int o = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMark(c) || isBidi(c)) {
                continue;
            }
            if (isFoldedSpace(c)) {
                space = o > 0;
                continue;
            }
            if (c < 0x20 || c >= 0x80 && (c < '\u0600' || c > '\u06FF')) {
                return foldInSteps(s); // a char strip() or toLowerCase may treat otherwise
            }
            if (space) {
                out[o++] = ' ';
                space = false;
            }
            out[o++] = switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            };
        }
        return withoutEdgePunctuation(new String(out, 0, o));
    }

    /** {@link #fold} for any text: marks and bidi controls out, letters folded, then lower case and spaces. */
    static String foldInSteps(String s) {
        // One pass that drops marks and bidi controls and folds the letters, rather than two regex
        // passes and six copies: the same string as foldByPatterns (tested against it).
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMark(c) || isBidi(c)) {
                continue;
            }
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> c;
            });
        }
        return withoutEdgePunctuation(foldSpaces(out.toString().toLowerCase(Locale.ROOT)));
    }

    /** {@link #fold} as first written, by regular expressions: the definition it is tested against. */
    static String foldByPatterns(String s) {
        String t = BIDI.matcher(MARKS.matcher(s).replaceAll("")).replaceAll("");
        t = t.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي').toLowerCase(Locale.ROOT);
        return withoutEdgePunctuation(foldSpaces(t));
    }

    /** {@link #MARKS}: Arabic marks and tatweel. */
    private static boolean isMark(char c) {
        return c >= '\u0610' && c <= '\u061A' || c >= '\u064B' && c <= '\u065F' || c == '\u0670'
                || c >= '\u06D6' && c <= '\u06ED' || c == '\u0640';
    }

    /** {@link #BIDI}: zero-width and bidi controls, BOM. */
    private static boolean isBidi(char c) {
        return c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\uFEFF';
    }

    /**
     * Strips punctuation, symbols and ASCII whitespace from both ends, as the regex
     * {@code ^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$} did, in one pass from each end: that regex tried
     * its second branch at every position of a long run ("y!!!…!x") and went quadratic (issue 18, row 3).
     */
    static String withoutEdgePunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isEdgePunctuation(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isEdgePunctuation(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static boolean isEdgePunctuation(int cp) {
        if (cp == ' ' || cp >= '\t' && cp <= '\r') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Collapses every run of whitespace (including no-break spaces) into one space and trims. */
    static String foldSpaces(String s) {
        // By hand rather than SPACES.matcher(s).replaceAll(" "): it runs over every rendered line and
        // every summary, and the regex was a tenth of the cleaning CPU. Same result (tested against it).
        // The runs at either end are left out rather than folded to a space that strip() then
        // copies the whole text again to drop; the text between runs is copied in bulk.
        int n = s.length();
        int start = 0;
        while (start < n && isFoldedSpace(s.charAt(start))) {
            start++;
        }
        int end = n;
        while (end > start && isFoldedSpace(s.charAt(end - 1))) {
            end--;
        }
        char[] out = null;
        int length = 0;
        int copied = start; // s[copied, i) is still to be copied to out
        for (int i = start; i < end; ) {
            char c = s.charAt(i);
            if (!isFoldedSpace(c)) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (isFoldedSpace(s.charAt(runEnd))) { // a run ends before end: s[end - 1] is no space
                runEnd++;
            }
            if (c != ' ' || runEnd - i > 1) {
                if (out == null) {
                    out = new char[end - start];
                }
                s.getChars(copied, i, out, length);
                length += i - copied;
                out[length++] = ' ';
                copied = runEnd;
            }
            i = runEnd;
        }
        if (out == null) {
            return s.substring(start, end).strip();
        }
        s.getChars(copied, end, out, length);
        length += end - copied;
        return new String(out, 0, length).strip();
    }

    /** The old regex's class {@code [\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]}: ASCII whitespace, no-break,
     * the U+2000 spaces, ideographic space, BOM. */
    private static boolean isFoldedSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u3000' || c == '\uFEFF';
    }

    /**
     * Whether {@code s} is nothing but the whitespace {@link #foldSpaces} folds away; the same
     * answer as {@code foldSpaces(s).isEmpty()} without a regex and a copy (it runs for every
     * element of every item).
     */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isFoldedSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #isBlank} of a jsoup text node's {@code text()}, from its whole text without that copy:
     * {@code text()} turns whitespace into spaces and drops zero-width spaces and soft hyphens
     * (U+00AD), so the node's text is blank when each char is a folded space or a soft hyphen.
     */
    static boolean isBlankText(String wholeText) {
        for (int i = 0; i < wholeText.length(); i++) {
            char c = wholeText.charAt(i);
            if (!isFoldedSpace(c) && c != '\u00AD') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #fold} of {@code s} is certainly longer than {@code limit} chars: more than
     * {@code limit} of its chars are ones fold never removes (not a mark, bidi control, space,
     * punctuation or symbol — only those can go, and nothing fold does shortens a kept char).
     * Lets callers that compare folds with short phrases skip the fold's regex passes for
     * ordinary paragraphs, which was a tenth of the ingest CPU (JFR, bench ingest).
     */
    static boolean foldsLongerThan(String s, int limit) {
        int kept = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!foldMayRemove(s.charAt(i)) && ++kept > limit) {
                return true;
            }
        }
        return false;
    }

    /** A char some step of {@link #fold} may drop (conservative: surrogates count as droppable). */
    static boolean foldMayRemove(char c) {
        if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A') {
            return false; // Arabic letters: the common case, decided first
        }
        if (c < 0x80) {
            return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'); // isLetterOrDigit, for ASCII
        }
        if (c >= '\u0610' && c <= '\u061A' || c >= '\u064B' && c <= '\u065F' || c == '\u0670'
                || c >= '\u06D6' && c <= '\u06ED' || c == '\u0640' || c >= '\u2000' && c <= '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\uFEFF'
                || c == '\u00A0' || c == '\u3000' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isSurrogate(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** True when at least {@code share} of the letters in {@code text} are right-to-left script letters. */
    static boolean isMostlyRightToLeft(String text, double share) {
        int letters = 0;
        int rtl = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW
                    || script == Character.UnicodeScript.SYRIAC || script == Character.UnicodeScript.THAANA) {
                rtl++;
            }
        }
        return letters > 0 && rtl >= share * letters;
    }
}
