package org.rawafid.dedupe;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds Arabic spelling variants so that texts from different outlets compare equal, and
 * splits text into stemmed tokens. One instance serves dedupe, keyword filters and search.
 *
 * <p>{@link #normalize} applies NFKC, removes tashkeel, tatweel, zero-width and bidi
 * controls, folds أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, maps Arabic-Indic and Persian
 * digits to ASCII, turns punctuation into spaces (keeping a decimal point between digits)
 * and lower-cases Latin: {@code "وَالإمارات، ٢٠٢٤"} → {@code "والامارات 2024"}.
 *
 * <p>{@link #tokens} then drops stop words and stems each word with Lucene's
 * {@link ArabicStemmer}, adding what it lacks: Lucene strips only the prefixes ال وال بال
 * كال فال لل و, so single-letter clitics ف ب ك ل before names ({@code لبوتين}) are removed
 * here too, but only while four letters remain, and before Lucene's suffix stripping so
 * that {@code بوتين} and {@code لبوتين} reach the same stem.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArabicNormalizer {
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<=\\d)[.,٫](?=\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)٬(?=\\d)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}\u0001]+");
    /** "بـ95" and "و3": a clitic or unit glued to a number is a word boundary. */
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{IsArabic})(?=\\d)|(?<=\\d)(?=\\p{IsArabic})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String CLITIC_LETTERS = "وفبكل";
    private static final int MIN_REMAINDER = 4;
    /** Lucene's {@code stemSuffix} strips a suffix while two letters remain: dedupe's stems. */
    private static final int LUCENE_MIN_STEM = 2;
    /** Search strips a clitic letter or a suffix while three letters remain (see {@link #searchStem}). */
    private static final int MIN_SEARCH_STEM = 3;
    private static final int STEM_MEMO_WORDS = 50_000;
    private static final int SEARCH_STEM_MEMO_WORDS = 200_000;
    /** Words that headline writers add to any story: they say nothing about the event. */
    private static final List<String> BOILERPLATE = List.of(
            "عاجل", "فيديو", "بالفيديو", "صور", "بالصور", "شاهد", "شاهدوا", "انفوجراف", "انفوغراف",
            "خاص", "حصري", "تقرير", "مباشر", "بث", "لحظه", "الان", "اخر", "تحديث", "خبر", "اخبار",
            "فيديوهات", "قبل", "بعد", "يوم", "اليوم", "امس", "السبت", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه", "قال", "قالت", "اعلن", "اعلنت", "يقول", "تقول");

    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final org.apache.lucene.analysis.ar.ArabicNormalizer luceneNormalizer =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();
    private final Set<String> stopWords;
    /** Stems of the words seen (every item's title and lead are stemmed, mostly the same few thousand words). */
    private final WordMemo stems = new WordMemo(STEM_MEMO_WORDS, this::stemUncached);
    /** Every indexed word and query word is search-stemmed: news vocabulary is Zipfian, so remembered. */
    private final WordMemo searchStems = new WordMemo(SEARCH_STEM_MEMO_WORDS, this::searchStemUncached);

    public ArabicNormalizer() {
        Set<String> stops = new HashSet<>();
        CharArraySet lucene = ArabicAnalyzer.getDefaultStopSet();
        for (Object word : lucene) {
            stops.add(normalize(new String((char[]) word)));
        }
        BOILERPLATE.forEach(word -> stops.add(normalize(word)));
        this.stopWords = Set.copyOf(stops);
    }

    /** Returns {@code text} folded as described above, words separated by single spaces. */
    public String normalize(String text) {
        Objects.requireNonNull(text, "text");
        String nfkc = isSurelyNfkc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return separateWords(fold(nfkc));
    }

    /** {@link #normalize} as first written (NFKC always, Lucene's folding after ours): what it is tested against. */
    String normalizeAsFirstWritten(String text) {
        return separateWords(foldWithLucene(Normalizer.normalize(text, Normalizer.Form.NFKC)));
    }

    /**
     * True when every char of {@code s} is one NFKC leaves alone whatever surrounds it (ASCII, the
     * Arabic letters, Arabic-Indic digits, the Arabic comma, semicolon and question mark): then
     * {@code Normalizer.normalize(s, NFKC)} is {@code s}, and its copy of every article is spared.
     * Each such char is NFKC_QC=Yes with combining class 0, so none composes with a neighbour
     * (tested char by char and pair by pair against the JDK's normalizer).
     */
    static boolean isSurelyNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isNfkcInert(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNfkcInert(char c) {
        return c < 0x80 || c >= '\u0621' && c <= '\u064A' || c >= '\u0660' && c <= '\u0669'
                || c == '\u060C' || c == '\u061B' || c == '\u061F';
    }

    /**
     * The steps of {@link #normalize} after folding: thousands separators between digits go, a
     * decimal point between digits stays, a letter glued to a digit is split from it, every run
     * of other characters becomes one space, Latin is lower-cased. One pass per step over a char
     * array: the same result as {@link #separateWordsByPatterns} (tested on a table and on random
     * text), at a fraction of the cost (the lookbehinds ran at every position of every article).
     * Text with surrogate pairs (emoji, rare letters) takes the patterns, whose code-point rules
     * the passes do not copy.
     */
    static String separateWords(String folded) {
        char[] a = folded.toCharArray();
        int n = a.length;
        boolean separators = false;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            if (Character.isSurrogate(c)) {
                return separateWordsByPatterns(folded);
            }
            separators |= c == '\u066C';
        }
        int m = n;
        if (separators) {
            // THOUSANDS: "1٬000" → "1000" (each separator judged by its neighbours in the input).
            char[] s = a;
            a = new char[n];
            m = 0;
            for (int i = 0; i < n; i++) {
                char c = s[i];
                if (c != '\u066C' || i == 0 || i + 1 == n || !isAsciiDigit(s[i - 1]) || !isAsciiDigit(s[i + 1])) {
                    a[m++] = c;
                }
            }
        }
        // DECIMAL_POINT: "3.5" → "3\u00015" (restored as a dot at the end).
        for (int i = 1; i + 1 < m; i++) {
            char c = a[i];
            if ((c == '.' || c == ',' || c == '\u066B') && isAsciiDigit(a[i - 1]) && isAsciiDigit(a[i + 1])) {
                a[i] = '\u0001';
            }
        }
        // LETTER_DIGIT and NOT_WORD: a space between an Arabic-script character and a digit; one
        // space for each run of characters that are neither letters, decimal digits nor \u0001.
        char[] out = new char[2 * m];
        int o = 0;
        boolean inRun = false;
        // Latin capitals are lowered here; any other char a lower-casing could change sends the
        // result through String.toLowerCase (its context rules, e.g. Greek final sigma, included).
        boolean otherCase = false;
        for (int i = 0; i < m; i++) {
            char c = a[i];
            if (!isWordChar(c)) {
                if (!inRun) {
                    out[o++] = ' ';
                    inRun = true;
                }
                continue;
            }
            // A space inserted next to a run of non-word characters joins that run.
            if (!inRun && i > 0 && (isAsciiDigit(c) ? isArabicScript(a[i - 1])
                    : isAsciiDigit(a[i - 1]) && isArabicScript(c))) {
                out[o++] = ' ';
            }
            inRun = false;
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c == '\u0001') {
                c = '.';
            } else if (c >= 0x80 && (c < '\u0600' || c > '\u06FF')) {
                otherCase = true;
            }
            out[o++] = c;
        }
        // SPACES: nothing left to collapse (every run became one space), so only strip and lower-case:
        // every space left is ' ', the only whitespace strip() could meet at either end.
        int start = 0;
        while (start < o && out[start] == ' ') {
            start++;
        }
        while (o > start && out[o - 1] == ' ') {
            o--;
        }
        String words = new String(out, start, o - start);
        return otherCase ? words.toLowerCase(Locale.ROOT) : words;
    }

    /** A letter, a decimal digit or the decimal-point marker; decided without a table for ASCII and Arabic letters. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\u0001';
        }
        if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A') {
            return true;
        }
        return Character.isLetter(c) || Character.isDigit(c);
    }

    /** The steps after folding as regular expressions: the definition {@link #separateWords} follows. */
    static String separateWordsByPatterns(String folded) {
        String s = THOUSANDS.matcher(folded).replaceAll("");
        s = DECIMAL_POINT.matcher(s).replaceAll("\u0001");
        s = LETTER_DIGIT.matcher(s).replaceAll(" ");
        s = NOT_WORD.matcher(s).replaceAll(" ").replace('\u0001', '.');
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isArabicScript(char c) {
        if (c >= '\u0621' && c <= '\u064A') {
            return c != '\u0640'; // the letters; tatweel is Common (tested on every char)
        }
        return c >= '\u0600' && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** Normalised words of {@code text}, stop words removed, each reduced to its stem. */
    public List<String> tokens(String text) {
        return tokensOfNormalized(normalize(text));
    }

    /** {@link #tokens} of text already passed through {@link #normalize}. */
    List<String> tokensOfNormalized(String normalized) {
        List<String> out = new ArrayList<>();
        if (normalized.isEmpty()) {
            return out;
        }
        for (String word : normalized.split(" ")) {
            if (!stopWords.contains(word)) {
                String stem = stem(word);
                if (!stem.isEmpty() && !stopWords.contains(stem)) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    /**
     * Search terms of {@code text} (SPEC §4a): every normalised word, stop words kept (a search
     * for "فيديو" or a phrase with "في" must still work), each stemmed by {@link #searchStem}.
     * Index and query both go through here, so the same spelling variants meet.
     */
    public List<String> searchTerms(String text) {
        String normalized = normalize(text);
        List<String> out = new ArrayList<>();
        if (normalized.isEmpty()) {
            return out;
        }
        for (String word : normalized.split(" ")) {
            String stem = searchStem(word);
            if (!stem.isEmpty()) {
                out.add(stem);
            }
        }
        return out;
    }

    /**
     * {@link #stem}'s rounds applied until nothing changes (at most four rounds), with a floor of
     * {@value #MIN_SEARCH_STEM} letters for clitics and suffixes alike. One round strips one Lucene
     * prefix and the clitic letters before it, so a stacked form stops short of its bare word
     * ({@code وبالرئيس} → {@code الرئيس}, {@code والوزير} → {@code وزير}) while the bare word goes
     * further ({@code الرئيس} → {@code رئيس}, {@code وزير} → {@code زير}); repeating brings both to
     * the same stem, which search needs exactly (SPEC §4a: leading clitics never matter), not just
     * nearly as dedupe does.
     *
     * <p>The floor is three letters where dedupe's is four for clitics and two for suffixes. Four
     * kept the clitic on every three-letter word: {@code بغزة}, {@code لمصر}, {@code بحرب} were
     * not found by {@code غزة}, {@code مصر}, {@code حرب}. Two took distinct names to the same
     * stub: {@code لبنان} to {@code بن} (as in محمد بن سلمان), {@code البحرين} to {@code حر}
     * (الحرية), {@code الولايات} to {@code اي} (أي), {@code بكين} to {@code بك}. A one-word place
     * name of the gazetteer, behind any clitics, is not stemmed: it and its nisba forms are one
     * term ({@link Gazetteer#searchTerms}: لبنان, وللبنان, اللبنانية).
     */
    public String searchStem(String word) {
        return searchStems.apply(word);
    }

    /**
     * {@link Gazetteer#searchTerms}: one map for the whole process, built on first use by one thread
     * while any other waits (class initialisation). Every normaliser folds alike and the gazetteer
     * is a resource, so every normaliser's map would be the same. Before, each normaliser kept its
     * own in a volatile field checked without a lock: on a service's first poll every fetch thread
     * that stemmed a word before the first build finished built a gazetteer of its own (1.6 % of
     * the CPU of a warm 200-source first poll, issue 16).
     */
    static Map<String, String> nameTerms() {
        return NameTerms.BY_FORM;
    }

    private static final class NameTerms {
        static final Map<String, String> BY_FORM = new Gazetteer(new ArabicNormalizer()).searchTerms();
    }

    /** {@link #searchStem}, computed. */
    String searchStemUncached(String word) {
        Map<String, String> names = nameTerms();
        for (String bare : Gazetteer.withoutClitics(word)) {
            String name = names.get(bare);
            if (name != null) {
                return name;
            }
        }
        String current = word;
        for (int round = 0; round < 4; round++) {
            String next = stemOnce(current, true);
            if (next.equals(current) || next.isEmpty()) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /**
     * Whether two tokens are the same word: equal, or equal but for one clitic letter that
     * the stemmer kept because too little would have remained ({@code لسعر} / {@code سعر}).
     */
    public boolean sameWord(String a, String b) {
        return a.equals(b) || hasClitic(a, b) || hasClitic(b, a);
    }

    private static boolean hasClitic(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && shorter.length() >= 2
                && CLITIC_LETTERS.indexOf(longer.charAt(0)) >= 0 && longer.endsWith(shorter);
    }

    /** Stem of one already normalised word; digits and Latin words are returned unchanged. */
    String stem(String word) {
        return stems.apply(word);
    }

    /** {@link #stem}, computed. */
    String stemUncached(String word) {
        return stemOnce(word, false);
    }

    /**
     * One round of stemming: Lucene's prefix, the clitic letters before it while more than
     * {@value #MIN_REMAINDER} letters remain, then Lucene's suffixes in its order while two letters
     * remain (exactly Lucene's {@code stemSuffix}). For {@code search} ({@link #searchStem}) the
     * floor is {@value #MIN_SEARCH_STEM} letters for clitics and suffixes alike, and the prefix a
     * clitic stood before goes in the same round (وبالامهات: و, ب, then ال), so the suffixes'
     * floor counts the word's own letters. Digits and Latin words are returned unchanged.
     */
    private String stemOnce(String word, boolean search) {
        if (!isArabic(word)) {
            return word;
        }
        char[] chars = word.toCharArray();
        int end = stemmer.stemPrefix(chars, chars.length);
        int floor = search ? MIN_SEARCH_STEM : MIN_REMAINDER;
        int start = withoutClitics(chars, 0, end, floor);
        for (int before = -1; search && start != before; ) {
            before = start;
            char[] rest = Arrays.copyOfRange(chars, start, end);
            start = withoutClitics(chars, end - stemmer.stemPrefix(rest, rest.length), end, floor);
        }
        int minStem = search ? MIN_SEARCH_STEM : LUCENE_MIN_STEM;
        for (char[] suffix : ArabicStemmer.suffixes) {
            if (end - start - suffix.length >= minStem && endsWith(chars, end, suffix)) {
                end -= suffix.length;
            }
        }
        return new String(chars, start, end - start);
    }

    /** Where {@code chars[start, end)} begins without its leading clitic letters, more than {@code floor} left. */
    private static int withoutClitics(char[] chars, int start, int end, int floor) {
        int at = start;
        while (end - at > floor && CLITIC_LETTERS.indexOf(chars[at]) >= 0) {
            at++;
        }
        return at;
    }

    private static boolean endsWith(char[] chars, int end, char[] suffix) {
        return Arrays.equals(chars, end - suffix.length, end, suffix, 0, suffix.length);
    }

    /**
     * Drops the ignorable chars and folds the letters in one pass: ours ({@link #foldLetter}) and
     * those Lucene's {@code ArabicNormalizer} folds (alef forms, alef maqsura, teh marbuta; the
     * harakat and tatweel it drops are among the ignorable). The same string as
     * {@link #foldWithLucene} (tested on every char and on the shared fixtures).
     */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        int len = 0;
        for (char c : chars) {
            if (!isIgnorable(c)) {
                chars[len++] = folded(c);
            }
        }
        return new String(chars, 0, len);
    }

    /** One char as {@link #fold} folds it (not ignorable). */
    static char folded(char c) {
        return switch (c) {
            case '\u0622', '\u0623', '\u0625' -> '\u0627'; // alef madda, hamza above, hamza below
            case '\u0649' -> '\u064A'; // alef maqsura
            case '\u0629' -> '\u0647'; // teh marbuta
            default -> foldLetter(c);
        };
    }

    /** {@link #fold} as first written, Lucene's normalizer after ours: the definition it is tested against. */
    String foldWithLucene(String s) {
        char[] chars = s.toCharArray();
        int len = 0;
        for (char c : chars) {
            if (!isIgnorable(c)) {
                chars[len++] = foldLetter(c);
            }
        }
        // Lucene folds the alef forms, alef maqsura and teh marbuta, and drops the harakat.
        len = luceneNormalizer.normalize(chars, len);
        return new String(chars, 0, len);
    }

    static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u061C' || c == '\uFEFF' || c == '\u2060'
                || c == '\u00AD';
    }

    private static char foldLetter(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        return switch (c) {
            case '\u0671' -> '\u0627'; // alef wasla
            case '\u0624' -> '\u0648'; // waw with hamza
            case '\u0626' -> '\u064A'; // yeh with hamza
            case '\u06CC' -> '\u064A'; // Farsi yeh, common in copied text
            case '\u06A9' -> '\u0643'; // keheh → kaf
            default -> c;
        };
    }

    private static boolean isArabic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeBlock.of(word.charAt(i)) != Character.UnicodeBlock.ARABIC) {
                return false;
            }
        }
        return true;
    }
}
