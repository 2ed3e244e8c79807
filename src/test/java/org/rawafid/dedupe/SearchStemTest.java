package org.rawafid.dedupe;

import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArabicNormalizer#searchStem} (SPEC §4a): leading clitics never matter — on every word
 * of the shared near-duplicate sets and every place name, with every conjunction, preposition and
 * article in front — while distinct words keep distinct stems: no stem is cut below three
 * letters, and a place name is never cut at all (it meets its nisba forms instead).
 */
class SearchStemTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    /** Conjunction, then preposition: what may stand before any word. */
    private static final List<String> CLITICS = List.of("و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل");
    /** What may stand before a word without its article, the article included (لل: ل + ال). */
    private static final List<String> WITH_ARTICLE = List.of("ال", "وال", "فال", "بال", "كال", "وبال", "وكال", "فبال",
            "لل", "ولل", "فلل");
    private static Map<String, String> names;
    private static Set<String> words;

    @BeforeAll
    static void read() throws IOException {
        names = new Gazetteer(NORMALIZER).searchTerms();
        words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../shared/fixtures/neardup"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    for (String w : NORMALIZER.normalize(line).split(" ")) {
                        if (w.length() >= 3 && w.chars().allMatch(c -> c >= 'ء' && c <= 'ي')) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(5_000);
    }

    @Test
    void cliticsNeverMatterOnAnyBareWord() {
        List<String> differ = new ArrayList<>();
        int pairs = 0;
        for (String x : words) {
            if (x.startsWith("ال") || "وفبكل".indexOf(x.charAt(0)) >= 0 || names.containsKey(x)) {
                continue; // not bare, or a name (below)
            }
            String stem = NORMALIZER.searchStem(x);
            for (List<String> prefixes : List.of(CLITICS, WITH_ARTICLE)) {
                for (String c : prefixes) {
                    if (Gazetteer.withoutClitics(c + x).stream().anyMatch(names::containsKey)) {
                        continue; // a name in its own right (ب + ابل: بابل)
                    }
                    pairs++;
                    if (!NORMALIZER.searchStem(c + x).equals(stem)) {
                        differ.add(c + "+" + x + " → " + NORMALIZER.searchStem(c + x) + " ≠ " + stem);
                    }
                }
            }
        }
        assertThat(pairs).isGreaterThan(50_000);
        assertThat(differ).isEmpty();
    }

    @Test
    void cliticsNeverMatterOnAPlaceNameAndItsNisba() {
        List<String> differ = new ArrayList<>();
        names.forEach((form, term) -> {
            String bare = form.startsWith("ال") ? form.substring(2) : form;
            List<String> forms = new ArrayList<>(List.of(form));
            CLITICS.forEach(c -> forms.add(c + form));
            if (form.startsWith("ال")) {
                WITH_ARTICLE.forEach(c -> forms.add(c + bare));
            }
            for (String f : forms) {
                if (!f.equals(form) && names.containsKey(f)) {
                    continue; // another name (و + جده: وجده, Oujda)
                }
                if (!NORMALIZER.searchStem(f).equals(term)) {
                    differ.add(f + " → " + NORMALIZER.searchStem(f) + " ≠ " + term);
                }
            }
        });
        assertThat(names).hasSizeGreaterThan(1_000);
        assertThat(differ).isEmpty();
        assertThat(NORMALIZER.searchStem("لبنان")).isEqualTo(NORMALIZER.searchStem("اللبنانيه"))
                .isEqualTo(NORMALIZER.searchStem("وللبنان"));
    }

    /** Lucene's article prefixes alone may leave two letters (الحد, للحد: حد), as they always did. */
    @Test
    void noStemIsCutBelowThreeLetters() {
        List<String> cut = words.stream()
                .filter(w -> Stream.of("ال", "وال", "بال", "كال", "فال", "لل").noneMatch(w::startsWith))
                .filter(w -> NORMALIZER.searchStem(w).length() < 3).toList();
        assertThat(cut).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} ≠ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            لبنان      | بن
            لبنان      | الفنانة
            البحرين    | الحرية
            الولايات   | أي
            بكين       | بك
            فلسطين     | وسط
            غزة        | غز
            دبي        | دب
            القوات     | القوانين
            عمان       | عم
            """)
    void distinctWordsKeepDistinctStems(String a, String b) {
        assertThat(NORMALIZER.searchStem(NORMALIZER.normalize(a))).isNotEqualTo(NORMALIZER.searchStem(NORMALIZER.normalize(b)));
    }

    @Test
    void dedupeStemsAreLucenesStillRoundForRound() {
        ArabicStemmer lucene = new ArabicStemmer();
        for (String w : words) {
            char[] chars = w.toCharArray();
            int len = lucene.stemPrefix(chars, chars.length);
            int start = 0;
            while (len - start > 4 && "وفبكل".indexOf(chars[start]) >= 0) {
                start++;
            }
            char[] rest = java.util.Arrays.copyOfRange(chars, start, len);
            assertThat(NORMALIZER.stemUncached(w)).as(w).isEqualTo(new String(rest, 0, lucene.stemSuffix(rest, rest.length)));
        }
    }

    /**
     * The place-name terms are read once per process: normalisers made and used from many threads
     * at once (a service's first poll) all stem through the one map, equal to the gazetteer's own.
     */
    @Test
    void placeNameTermsAreBuiltOncePerProcess() throws Exception {
        int threads = 16;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Map<String, String>>> seen = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                seen.add(pool.submit(() -> {
                    ArabicNormalizer fresh = new ArabicNormalizer();
                    start.await();
                    assertThat(fresh.searchStem("وللبنان")).isEqualTo("لبنان");
                    return ArabicNormalizer.nameTerms();
                }));
            }
            Map<String, String> first = seen.get(0).get();
            for (var each : seen) {
                assertThat(each.get()).isSameAs(first);
            }
            assertThat(first).isEqualTo(names);
        } finally {
            pool.shutdownNow();
        }
    }
}
