package org.rawafid.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a date as Arabic sites print it into the Latin vocabulary {@link DateParser} scans:
 * Arabic-Indic and Persian digits become ASCII, month names (Egyptian/Gulf, Levantine,
 * Maghrebi and Moroccan) become {@code Jan}…{@code Dec}, weekday names disappear and
 * ص/م (صباحًا/مساءً) after a time become AM/PM. Stateless and thread-safe.
 */
final class ArabicDateText {
    private static final Pattern DIACRITICS_AND_TATWEEL = Pattern.compile("[\\u064B-\\u0652\\u0640]");
    private static final Pattern ALEF_FORMS = Pattern.compile("[\\u0622\\u0623\\u0625]");
    private static final String[] ENGLISH_MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final Pattern MONTHS = monthPattern();
    private static final Pattern WEEKDAYS = Pattern.compile(
            "(?<!\\p{L})(?:ال)?(?:احد|اثنين|إثنين|ثلاثاء|ثلاثا|اربعاء|اربعا|خميس|جمعه|جمعة|سبت)(?!\\p{L})");
    private static final Pattern TIME_THEN_MERIDIEM = Pattern.compile(
            "(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*(صباحا|صباح|ص|مساء|مساءا|م|ظهرا|عصرا|ليلا)(?!\\p{L})");
    private static final Pattern ARABIC_COMMA = Pattern.compile("[\\u060C\\u061B]");
    private static final Pattern ANY_ARABIC_LETTER = Pattern.compile("[\\u0600-\\u06FF]");

    private ArabicDateText() {
    }

    static String toLatinDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with Arabic words the scanner needs translated and all other Arabic letters blanked. */
    static String normalize(String text) {
        String s = toLatinDigits(text);
        if (!ANY_ARABIC_LETTER.matcher(s).find()) {
            return s;
        }
        s = DIACRITICS_AND_TATWEEL.matcher(s).replaceAll("");
        s = ALEF_FORMS.matcher(s).replaceAll("ا");
        s = ARABIC_COMMA.matcher(s).replaceAll(",");
        s = WEEKDAYS.matcher(s).replaceAll(" ");
        s = replaceMonths(s);
        s = TIME_THEN_MERIDIEM.matcher(s).replaceAll(m -> m.group(1) + (isMorning(m.group(2)) ? " AM" : " PM"));
        return ANY_ARABIC_LETTER.matcher(s).replaceAll(" ");
    }

    private static boolean isMorning(String word) {
        return word.startsWith("ص");
    }

    private static String replaceMonths(String s) {
        Matcher m = MONTHS.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " " + ENGLISH_MONTHS[MONTH_NUMBERS.get(m.group()) - 1] + " ");
        }
        return m.appendTail(out).toString();
    }

    private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

    private static Map<String, Integer> monthNumbers() {
        Map<String, Integer> months = new LinkedHashMap<>();
        // Levantine two-word names first, so "كانون الثاني" is not read as something shorter.
        put(months, 1, "كانون الثاني", "يناير", "جانفي", "كانون ثاني");
        put(months, 2, "شباط", "فبراير", "فيفري", "فبرایر");
        put(months, 3, "اذار", "مارس");
        put(months, 4, "نيسان", "ابريل", "افريل", "ابرىل");
        put(months, 5, "ايار", "مايو", "ماي");
        put(months, 6, "حزيران", "يونيو", "يونيه", "جوان");
        put(months, 7, "تموز", "يوليو", "يوليه", "جويلية", "جويليه", "يوليوز");
        put(months, 8, "اب", "اغسطس", "اوت", "غشت");
        put(months, 9, "ايلول", "سبتمبر", "شتنبر");
        put(months, 10, "تشرين الاول", "اكتوبر", "تشرين اول");
        put(months, 11, "تشرين الثاني", "نوفمبر", "نونبر", "تشرين ثاني");
        put(months, 12, "كانون الاول", "ديسمبر", "دجنبر", "كانون اول");
        return months;
    }

    private static void put(Map<String, Integer> months, int number, String... names) {
        for (String name : names) {
            months.put(name, number);
        }
    }

    private static Pattern monthPattern() {
        String alternatives = monthNumbers().keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        return Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})");
    }
}
