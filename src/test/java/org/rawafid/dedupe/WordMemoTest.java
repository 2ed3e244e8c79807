package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordMemoTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    /** Every distinct normalised word of the shared near-duplicate sets, plus digits, Latin and clitic-heavy forms. */
    private List<String> words() throws IOException {
        Set<String> words = new LinkedHashSet<>(List.of("وبالرئيس", "والوزير", "لبوتين", "بوتين", "الحكومه", "حكومي",
                "قرار", "تقرر", "تخفيض", "خفض", "2024", "3.5", "covid", "ب", "لل", "استخدام", "والمستشفيات"));
        try (Stream<Path> files = Files.walk(Path.of("../shared/fixtures/neardup"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String normalized = normalizer.normalize(line);
                    if (!normalized.isEmpty()) {
                        words.addAll(List.of(normalized.split(" ")));
                    }
                }
            }
        }
        return new ArrayList<>(words);
    }

    @Test
    void stemsAndRootsAreThoseComputedWithoutTheMemo() throws IOException {
        List<String> words = words();
        assertThat(words).hasSizeGreaterThan(5_000);
        for (int pass = 0; pass < 2; pass++) { // the second pass answers from the table
            for (String w : words) {
                assertThat(normalizer.stem(w)).as(w).isEqualTo(normalizer.stemUncached(w));
                assertThat(normalizer.searchStem(w)).as(w).isEqualTo(normalizer.searchStemUncached(w));
                assertThat(RootStemmer.root(w)).as(w).isEqualTo(RootStemmer.rootUncached(w));
            }
        }
    }

    @Test
    void computesAWordOnceWhileItIsHeld() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo memo = new WordMemo(10, w -> {
            calls.incrementAndGet();
            return w + "!";
        });
        assertThat(memo.apply("a")).isEqualTo("a!");
        assertThat(memo.apply("a")).isEqualTo("a!");
        assertThat(calls).hasValue(1);
    }

    @Test
    void neverHoldsMoreThanItsCapacityAndKeepsNoLongWords() {
        WordMemo memo = new WordMemo(100, w -> w.toUpperCase());
        for (int i = 0; i < 10_000; i++) {
            assertThat(memo.apply("w" + i)).isEqualTo("W" + i);
            assertThat(memo.size()).isLessThanOrEqualTo(100);
        }
        WordMemo empty = new WordMemo(100, w -> w);
        empty.apply("x".repeat(WordMemo.MAX_WORD_CHARS + 1));
        assertThat(empty.size()).isZero();
        assertThatThrownBy(() -> new WordMemo(0, w -> w)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesTheComputedAnswerToManyThreadsAtOnceAndStaysBounded() throws Exception {
        List<String> words = words();
        WordMemo memo = new WordMemo(500, normalizer::stemUncached);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 97;
                done.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 20_000; i++) {
                        String w = words.get((offset + i * 31) % words.size());
                        if (!memo.apply(w).equals(normalizer.stemUncached(w))) {
                            wrong++;
                        }
                        if (memo.size() > 500 + threads) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
