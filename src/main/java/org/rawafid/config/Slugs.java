package org.rawafid.config;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns titles into ids of the shape feeds.yml accepts ({@code [a-z0-9][a-z0-9-]*}): accents and
 * Arabic diacritics and hamza seats are dropped by Unicode decomposition, Arabic letters are
 * romanised one by one (readable enough to recognise, not a scholarly transliteration), and
 * everything else becomes a hyphen.
 */
final class Slugs {
    private static final int MAX_LENGTH = 40;
    private static final Map<Character, String> ARABIC = Map.ofEntries(
            Map.entry('ا', "a"), Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ث', "th"),
            Map.entry('ج', "j"), Map.entry('ح', "h"), Map.entry('خ', "kh"), Map.entry('د', "d"),
            Map.entry('ذ', "dh"), Map.entry('ر', "r"), Map.entry('ز', "z"), Map.entry('س', "s"),
            Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"),
            Map.entry('ظ', "z"), Map.entry('ع', "a"), Map.entry('غ', "gh"), Map.entry('ف', "f"),
            Map.entry('ق', "q"), Map.entry('ك', "k"), Map.entry('ل', "l"), Map.entry('م', "m"),
            Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('و', "w"), Map.entry('ي', "y"),
            Map.entry('ى', "a"), Map.entry('ة', "a"), Map.entry('ء', ""), Map.entry('ـ', ""),
            Map.entry('پ', "p"), Map.entry('چ', "ch"), Map.entry('گ', "g"), Map.entry('ڤ', "v"),
            Map.entry('ک', "k"), Map.entry('ی', "y"));

    private Slugs() {
    }

    /** A valid id made from {@code text}, or the empty string when nothing usable is left. */
    static String slug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            out.append(romanise(c));
        }
        String slug = out.toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return shorten(slug);
    }

    static boolean hasLatinLetters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).chars().anyMatch(c -> c < 128 && Character.isLetter(c));
    }

    private static String romanise(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return "";
        } else if (ARABIC.containsKey(c)) {
            return ARABIC.get(c);
        } else if (c >= 128 && Character.isDigit(c)) {
            return String.valueOf(Character.digit(c, 10)); // Arabic-Indic digits
        }
        return c < 128 ? String.valueOf(c) : " ";
    }

    private static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, cut > 0 ? cut : MAX_LENGTH).replaceAll("-+$", "");
    }
}
