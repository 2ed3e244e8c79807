package org.rawafid.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Arabic spelling variants so that boilerplate phrases and site names compare equal. */
final class ArabicText {
    private static final Pattern MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern BIDI = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+");

    private ArabicText() {
    }

    /** Folds hamza/alef forms, ta marbuta, alef maqsura, diacritics, tatweel, case and edge punctuation. */
    static String fold(String s) {
        String t = BIDI.matcher(MARKS.matcher(s).replaceAll("")).replaceAll("");
        t = t.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
                .replace('ة', 'ه').replace('ى', 'ي').toLowerCase(Locale.ROOT);
        return EDGE_PUNCT.matcher(foldSpaces(t)).replaceAll("");
    }

    /** Collapses every run of whitespace (including no-break spaces) into one space and trims. */
    static String foldSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Whether {@code s} is nothing but the whitespace {@link #foldSpaces} folds away; the same
     * answer as {@code foldSpaces(s).isEmpty()} without a regex and a copy (it runs for every
     * element of every item).
     */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0'
                    || (c >= '\u2000' && c <= '\u200B') || c == '\u3000' || c == '\uFEFF';
            if (!space) {
                return false;
            }
        }
        return true;
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
