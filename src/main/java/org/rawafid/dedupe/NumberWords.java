package org.rawafid.dedupe;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rewrites Arabic number words in normalised text as digits, so that outlets writing خمسة,
 * 5 and ٥ compare equal: cardinals (خمسة، ثلاثة عشر، خمسة وعشرون، ثلاثمئة، ثلاثة آلاف،
 * مليونان), ordinals from the third up (الثالثة والعشرين → 23; الأول and الثاني also name
 * months and "first" and are left alone), and digits with a scale word (3 آلاف → 3000,
 * 1.5 مليار → 1500000000). "بالمئة" after a number is a percent sign and is dropped, like %.
 * One left-to-right pass with hash lookups. Immutable and thread-safe.
 */
final class NumberWords {
    private static final Map<String, Integer> UNITS = new HashMap<>();
    private static final Map<String, Integer> TENS = new HashMap<>();
    private static final Map<String, Integer> HUNDREDS = new HashMap<>();
    private static final Map<String, Long> SCALES = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Set<String> TEEN_TEN = Set.of("عشر", "عشره");
    private static final Set<String> PERCENT = Set.of("بالميه", "بالمايه", "بالمييه");
    /** Units that are only numbers inside a compound (واحد وعشرون): alone they are "one", "someone". */
    /** Duals in construct (مليارا دولار = two billion dollars) when no count comes before them. */
    private static final Set<String> DUAL_CONSTRUCT = Set.of("مليارا", "مليونا", "الفا");
    private static final Set<String> COMPOUND_ONLY = Set.of("واحد", "واحده", "احد", "احدي");
    /**
     * Every word a number phrase can start with: a number word, alone or after a clitic letter or
     * the article (a superset of what {@link #heads} strips). Any other word that is not digits
     * starts no number, decided by one lookup instead of building its heads.
     */
    private static final Set<String> HEAD_FORMS = new java.util.HashSet<>();

    static {
        String[][] units = {{"واحد", "واحده", "احد", "احدي"}, {"اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"},
                {"ثلاث", "ثلاثه"}, {"اربع", "اربعه"}, {"خمس", "خمسه"}, {"ست", "سته"}, {"سبع", "سبعه"},
                {"ثمان", "ثماني", "ثمانيه"}, {"تسع", "تسعه"}, {"عشر", "عشره"}};
        for (int i = 0; i < units.length; i++) {
            for (String w : units[i]) {
                UNITS.put(w, i + 1);
            }
        }
        String[] tens = {"عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < tens.length; i++) {
            int value = i == 0 ? 20 : (i + 2) * 10;
            TENS.put(tens[i] + "ون", value);
            TENS.put(tens[i] + "ين", value);
        }
        TENS.put("ثمانون", 80);
        TENS.put("ثمانين", 80);
        for (String hundred : List.of("ميه", "مايه")) {
            HUNDREDS.put(hundred, 100);
            for (String two : List.of("تان", "تين")) {
                HUNDREDS.put(hundred.substring(0, hundred.length() - 1) + two, 200);
            }
            String[] prefixes = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
            for (int i = 0; i < prefixes.length; i++) {
                HUNDREDS.put(prefixes[i] + hundred, (i + 3) * 100);
            }
        }
        HUNDREDS.put("ثمانيميه", 800);
        HUNDREDS.put("ثمانمايه", 800);
        for (String w : List.of("الف", "الاف", "الفا", "الفان", "الفين")) {
            SCALES.put(w, 1_000L);
        }
        for (String w : List.of("مليون", "ملايين", "مليونا", "مليونان", "مليونين")) {
            SCALES.put(w, 1_000_000L);
        }
        for (String w : List.of("مليار", "مليارات", "مليارا", "ملياران", "مليارين", "بليون")) {
            SCALES.put(w, 1_000_000_000L);
        }
        String[][] ordinals = {{"الثالث", "الثالثه"}, {"الرابع", "الرابعه"}, {"الخامس", "الخامسه"},
                {"السادس", "السادسه"}, {"السابع", "السابعه"}, {"الثامن", "الثامنه"}, {"التاسع", "التاسعه"},
                {"العاشر", "العاشره"}};
        for (int i = 0; i < ordinals.length; i++) {
            for (String w : ordinals[i]) {
                ORDINALS.put(w, i + 3);
            }
        }
        ORDINALS.put("الحادي", 1);
        ORDINALS.put("الحاديه", 1);
        for (Map<String, ?> map : List.of(UNITS, TENS, HUNDREDS, SCALES, ORDINALS)) {
            for (String key : map.keySet()) {
                HEAD_FORMS.add(key);
                HEAD_FORMS.add("ال" + key);
                for (char clitic : "وفبلك".toCharArray()) {
                    HEAD_FORMS.add(clitic + key);
                }
            }
        }
    }


    private NumberWords() {
    }

    /** {@code normalized} with every number phrase replaced by its digits, words separated by one space. */
    static String digits(String normalized) {
        return digits(normalized, true);
    }

    /** {@link #digits} as first written, every word's heads built and looked up: what it is tested against. */
    static String digitsAsFirstWritten(String normalized) {
        return digits(normalized, false);
    }

    private static String digits(String normalized, boolean headFilter) {
        Objects.requireNonNull(normalized, "normalized");
        if (normalized.isEmpty()) {
            return normalized;
        }
        String[] words = normalized.split(" ");
        List<String> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; ) {
            int[] end = {i};
            BigDecimal value = headFilter && !HEAD_FORMS.contains(words[i]) && !isDigits(words[i]) ? null
                    : number(words, i, end);
            if (value != null) {
                out.add(value.stripTrailingZeros().toPlainString());
                i = end[0];
                if (i < words.length && PERCENT.contains(words[i])) {
                    i++;
                } else if (i + 1 < words.length && words[i].equals("في") && words[i + 1].startsWith("الم")
                        && PERCENT.contains("ب" + words[i + 1])) {
                    i += 2;
                }
            } else {
                out.add(words[i]);
                i++;
            }
        }
        return String.join(" ", out);
    }

    /** The number starting at {@code words[at]}, its end (exclusive) in {@code end[0]}; null if none. */
    private static BigDecimal number(String[] words, int at, int[] end) {
        String first = words[at];
        if (isDigits(first)) {
            BigDecimal value = new BigDecimal(first);
            int i = at + 1;
            if (i < words.length && SCALES.containsKey(words[i])) {
                value = value.multiply(BigDecimal.valueOf(SCALES.get(words[i])));
                i++;
            }
            end[0] = i;
            return value;
        }
        for (String head : heads(first)) {
            BigDecimal v = words(words, at, head, end);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The word as written, without a clitic (بخمسة، لثلاثة، وعشرين), without the article (الخمسة). */
    private static List<String> heads(String word) {
        List<String> out = new ArrayList<>(3);
        out.add(word);
        if (word.length() > 3 && "وفبلك".indexOf(word.charAt(0)) >= 0) {
            out.add(word.substring(1));
        }
        if (word.length() > 4 && word.startsWith("ال") && !ORDINALS.containsKey(word)) {
            out.add(word.substring(2));
        }
        return out;
    }

    private static BigDecimal words(String[] words, int at, String head, int[] end) {
        long total = 0;
        long current = 0;
        int i = at;
        boolean any = false;
        String w = head;
        while (true) {
            long v;
            int used = 1;
            if (ORDINALS.containsKey(w) && !any) {
                v = ORDINALS.get(w);
                if (i + 1 < words.length && TEEN_TEN.contains(words[i + 1])) {
                    v += 10;
                    used = 2;
                } else if (v == 1) {
                    return null; // الحادي alone is not a number
                }
            } else if (UNITS.containsKey(w)) {
                v = UNITS.get(w);
                if (i + 1 < words.length && TEEN_TEN.contains(words[i + 1]) && v < 10) {
                    v += 10;
                    used = 2;
                } else if (COMPOUND_ONLY.contains(w) && !(i + 1 < words.length && isTens(words[i + 1]))) {
                    break;
                }
            } else if (TENS.containsKey(w)) {
                v = TENS.get(w);
            } else if (HUNDREDS.containsKey(w)) {
                v = HUNDREDS.get(w);
            } else if (SCALES.containsKey(w) && (any || !isPlural(w))) {
                long count = !any && DUAL_CONSTRUCT.contains(w) ? 2 : Math.max(current, 1);
                total += count * SCALES.get(w);
                current = 0;
                any = true;
                i++;
                if (!nextContinues(words, i)) {
                    break;
                }
                w = next(words, i);
                continue;
            } else {
                break;
            }
            if (i + used < words.length && words[i + used].equals("ميه") && v < 10) {
                v *= 100; // ثلاث مئة
                used++;
            }
            current += v;
            any = true;
            i += used;
            if (!nextContinues(words, i)) {
                break;
            }
            w = next(words, i);
        }
        if (!any) {
            return null;
        }
        end[0] = i;
        return BigDecimal.valueOf(total + current);
    }

    /** A number phrase goes on with و + number word, or with a scale word (ثلاثة آلاف). */
    private static boolean nextContinues(String[] words, int i) {
        if (i >= words.length) {
            return false;
        }
        String w = words[i];
        if (SCALES.containsKey(w) || HUNDREDS.containsKey(w) && w.equals("ميه")) {
            return true;
        }
        if (w.length() < 3 || w.charAt(0) != 'و') {
            return false;
        }
        String rest = w.substring(1);
        String bare = rest.startsWith("ال") ? rest.substring(2) : rest;
        return isNumberWord(rest) || isNumberWord(bare);
    }

    private static String next(String[] words, int i) {
        String w = words[i];
        if (SCALES.containsKey(w) || w.equals("ميه")) {
            return w;
        }
        String rest = w.substring(1);
        return isNumberWord(rest) ? rest : rest.substring(2);
    }

    private static boolean isNumberWord(String w) {
        return UNITS.containsKey(w) || TENS.containsKey(w) || HUNDREDS.containsKey(w) || SCALES.containsKey(w);
    }

    private static boolean isTens(String word) {
        return word.length() > 2 && word.charAt(0) == 'و' && TENS.containsKey(word.substring(1));
    }

    /** ملايين، آلاف alone mean "millions", "thousands": not a number without a count before them. */
    private static boolean isPlural(String w) {
        return w.equals("الاف") || w.equals("ملايين") || w.equals("مليارات");
    }

    private static boolean isDigits(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(w.length() - 1))) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots <= 1;
    }
}
