package org.rawafid.dedupe;

/**
 * An ISRI-style Arabic root stemmer (Taghva, Elkhoury and Coombs, 2005) used for matching only:
 * derived forms of one root that the light stemmer keeps apart count as one word when two
 * reports are compared (حكومي ↔ الحكومة → حكم, قرار ↔ تقرر → قرر, تخفيض ↔ خفض). It strips
 * the article and clitic prefixes, plural, dual, feminine, nisba and pronoun suffixes, then
 * matches the remaining four to six letters against the common derivation patterns (فاعل،
 * مفعول، تفعيل، افتعال، استفعال …). Words it cannot bring to three letters are returned as
 * they are, never guessed. Input: one normalised word (ArabicNormalizer folds ة to ه). Pure
 * function; thread-safe.
 */
final class RootStemmer {
    private static final String[] PREFIXES3 = {"وال", "بال", "كال", "فال", "ولل"};
    private static final String[] PREFIXES2 = {"ال", "لل"};
    private static final String[] SUFFIXES3 = {"تين", "تان", "هما", "كما", "تمل", "يين", "ييه"};
    private static final String[] SUFFIXES2 = {"ات", "ون", "ين", "ان", "ها", "هم", "هن", "نا", "كم", "تم", "يه", "يا", "وا"};
    private static final String SUFFIXES1 = "هيتا";
    /** Roots of the words seen: every fingerprint's word set asks for the root of each of its words. */
    private static final WordMemo ROOTS = new WordMemo(50_000, RootStemmer::rootUncached);

    private RootStemmer() {
    }

    /** The three-letter root of {@code word}, or {@code word} itself when none is found. */
    static String root(String word) {
        return ROOTS.apply(word);
    }

    /** {@link #root}, computed. */
    static String rootUncached(String word) {
        if (word.length() < 3 || !isArabic(word)) {
            return word;
        }
        String w = word;
        w = stripPrefix(w, PREFIXES3, 6);
        w = stripPrefix(w, PREFIXES2, 5);
        if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
        }
        w = stripSuffix(w, SUFFIXES3, 6);
        w = stripSuffix(w, SUFFIXES2, 5);
        if (w.length() >= 4 && SUFFIXES1.indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        String r = switch (w.length()) {
            case 3 -> w;
            case 4 -> four(w);
            case 5 -> five(w);
            case 6 -> six(w);
            case 7 -> w.startsWith("است") ? four(w.substring(3)) : null;
            default -> null;
        };
        return r != null && r.length() == 3 ? r : word;
    }

    private static String four(String w) {
        char c0 = w.charAt(0), c1 = w.charAt(1), c2 = w.charAt(2), c3 = w.charAt(3);
        if (c0 == 'م' || c0 == 'ت' || c0 == 'ي' || c0 == 'ن' || c0 == 'ا') {
            if (c1 != 'ا' && c2 != 'ا' && c2 != 'و' && c2 != 'ي') {
                return w.substring(1); // مفعل، تفعل، يفعل، افعل
            }
        }
        if (c1 == 'ا') {
            return "" + c0 + c2 + c3; // فاعل
        }
        if (c2 == 'ا' || c2 == 'و' || c2 == 'ي') {
            return "" + c0 + c1 + c3; // فعال، فعول، فعيل
        }
        if (c3 == 'ه') {
            return w.substring(0, 3);
        }
        return null;
    }

    private static String five(String w) {
        char c0 = w.charAt(0), c1 = w.charAt(1), c2 = w.charAt(2), c3 = w.charAt(3), c4 = w.charAt(4);
        if (c0 == 'ا' && c2 == 'ت') {
            return "" + c1 + c3 + c4; // افتعل
        }
        if (c0 == 'ا' && c3 == 'ا') {
            return "" + c1 + c2 + c4; // افعال
        }
        if ((c0 == 'م' || c0 == 'ت' || c0 == 'ي') && (c3 == 'و' || c3 == 'ي' || c3 == 'ا')) {
            return "" + c1 + c2 + c4; // مفعول، تفعيل، مفعال
        }
        if ((c0 == 'م' || c0 == 'ت') && c2 == 'ا') {
            return "" + c1 + c3 + c4; // مفاعل، تفاعل
        }
        if (c0 == 'م' && c2 == 'ت') {
            return "" + c1 + c3 + c4; // مفتعل
        }
        if (c0 == 'ت' && c1 == 'ا' || c0 == 'ا' && c1 == 'ن') {
            return "" + c2 + c3 + c4; // انفعل
        }
        if (c2 == 'ا' && c3 == 'ي') {
            return "" + c0 + c1 + c4; // فعايل
        }
        if (c1 == 'ا' && (c3 == 'و' || c3 == 'ي')) {
            return "" + c0 + c2 + c4; // فاعول
        }
        if (c0 == 'ا' || c0 == 'ت' || c0 == 'ي' || c0 == 'م' || c0 == 'ن') {
            String rest = four(w.substring(1));
            return rest;
        }
        return null;
    }

    private static String six(String w) {
        if (w.startsWith("است") || w.startsWith("مست") || w.startsWith("يست") || w.startsWith("تست")) {
            return w.substring(3); // استفعل
        }
        char c0 = w.charAt(0), c2 = w.charAt(2), c4 = w.charAt(4);
        if (c0 == 'م' && c2 == 'ت' && c4 == 'ا') {
            return "" + w.charAt(1) + w.charAt(3) + w.charAt(5);
        }
        if (c0 == 'ا' && c2 == 'ت' && c4 == 'ا') {
            return "" + w.charAt(1) + w.charAt(3) + w.charAt(5); // افتعال
        }
        if (c0 == 'ا' && w.charAt(1) == 'ن' && c4 == 'ا') {
            return "" + c2 + w.charAt(3) + w.charAt(5); // انفعال
        }
        return null;
    }

    private static String stripPrefix(String w, String[] prefixes, int minLength) {
        for (String p : prefixes) {
            if (w.length() >= minLength && w.startsWith(p)) {
                return w.substring(p.length());
            }
        }
        return w;
    }

    private static String stripSuffix(String w, String[] suffixes, int minLength) {
        for (String s : suffixes) {
            if (w.length() >= minLength && w.endsWith(s)) {
                return w.substring(0, w.length() - s.length());
            }
        }
        return w;
    }

    private static boolean isArabic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < '\u0621' || c > '\u064A') {
                return false;
            }
        }
        return true;
    }
}
