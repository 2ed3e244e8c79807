package org.rawafid.search;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rawafid.bench.Corpus;
import org.rawafid.bench.FeedFile;
import org.rawafid.dedupe.ArabicNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Terms#of} gives what it gave before its one-pass word cutting, its per-thread normalised
 * buffer and word memo (the oracle below: normalize's string, split), on real and random text;
 * {@link Terms#joined} gives its terms joined by spaces (SQLite's stored form).
 */
class TermsTest {
    private static final Path FIXTURES = Path.of("../shared/fixtures");
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Terms terms = new Terms(normalizer);

    @Test
    void sameTermsAsBeforeOnTheFixturesAndTheBenchCorpora() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".csv")
                    || p.toString().endsWith(".html")).sorted().toList()) {
                String s = Files.readString(file, StandardCharsets.ISO_8859_1);
                texts.add(new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
        for (FeedFile feed : Corpus.generate(5, 30, 3).feeds()) {
            texts.add(Jsoup.parse(new String(feed.bytes(), StandardCharsets.UTF_8)).text());
        }
        for (FeedFile feed : Corpus.realistic(5, 30, 3, FIXTURES.resolve("neardup/ans")).feeds()) {
            texts.add(Jsoup.parse(new String(feed.bytes(), StandardCharsets.UTF_8)).text());
        }
        assertThat(texts).hasSizeGreaterThan(2_000);
        for (String text : texts) {
            for (String line : text.split("\n")) {
                assertThat(terms.of(line)).as(line).isEqualTo(before(line));
                assertThat(terms.joined(line)).as(line).isEqualTo(String.join(" ", before(line)));
            }
            assertThat(terms.of(text)).isEqualTo(before(text));
            assertThat(terms.joined(text)).isEqualTo(String.join(" ", before(text)));
        }
    }

    @Test
    void sameTermsAsBeforeOnRandomText() {
        String[] parts = {"الرئيس", "والرئيس", "إِسْرَائِيل", " ", "  ", ".", "3.5", "١٫٥", "1,000", "x", "ABC", "\n",
                "ـ", "a".repeat(70), "٣.١٤.٢", "-", "؟", "http://a.b/c", "\u200C", "ة", "ى", "1..2", ".5", "5.", "7" + "8".repeat(60) + ".9"};
        Random r = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                s.append(parts[r.nextInt(parts.length)]);
            }
            assertThat(terms.of(s.toString())).as(s.toString()).isEqualTo(before(s.toString()));
            assertThat(terms.joined(s.toString())).as(s.toString()).isEqualTo(String.join(" ", before(s.toString())));
        }
    }

    @Test
    void sameTermsAsBeforeOnRandomTextOfEveryKind() {
        String[] parts = {"الرئيس", "والرئيس", "إِسْرَائِيل", "وَالإمارات", " ", "  ", ".", "3.5", "١٫٥", "1,000", "1٬000",
                "١٬٠٠٠", "٬", "x", "ABC", "Café", "ΟΔΟΣ", "İstanbul", "\n", "ـ", "ـــ", "a".repeat(70), "ب".repeat(45),
                "٣.١٤.٢", "-", "؟", "«", "»", "http://a.b/c", "\u200C", "\u00A0", "ة", "ى", "1..2", ".5", "5.", "۱۲۳",
                "7" + "8".repeat(60) + ".9", "1." + "2".repeat(61), "\uD83D\uDE00", "\uD800", "ﻻ", "ﷲ", "\u064B", "\u0651",
                "\u0670", "\u0654", "لبنان", "وللبنان", "اللبنانية", "بغزة", "عام", "2024م", "بـ95", "Covid-19"};
        Random r = new Random(6);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = r.nextInt(n % 50 == 0 ? 600 : 14); k > 0; k--) {
                String part = parts[r.nextInt(parts.length)];
                if (n % 2 == 0 && (part.chars().anyMatch(c -> Character.isSurrogate((char) c)) || part.startsWith("Caf") || part.startsWith("Ο") || part.startsWith("İ"))) {
                    continue; // half the texts stay on the buffer path throughout
                }
                s.append(part);
            }
            String text = s.toString();
            assertThat(terms.of(text)).as(text).isEqualTo(before(text));
            assertThat(terms.joined(text)).as(text).isEqualTo(String.join(" ", before(text)));
        }
    }

    @Test
    void sameTermsAsBeforeWhenWordsOutnumberTheMemo() {
        Random r = new Random(7);
        String letters = "ابتثجحخدذرسشصضطظعغفقكلمنهوي";
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder(i % 3 == 0 ? "وال" : "");
            for (int k = 2 + r.nextInt(6); k > 0; k--) {
                w.append(letters.charAt(r.nextInt(letters.length())));
            }
            words.add(w.toString());
        }
        for (int n = 0; n < 500; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < 300; k++) {
                s.append(words.get(r.nextInt(n < 250 ? words.size() : 3_000))).append(' ');
            }
            String text = s.toString();
            assertThat(terms.joined(text)).isEqualTo(String.join(" ", before(text)));
        }
    }

    @Test
    void sameTermsAsBeforeOnManyThreadsAtOnce() throws Exception {
        List<String> texts = new ArrayList<>();
        for (FeedFile feed : Corpus.generate(4, 30, 9).feeds()) {
            texts.add(Jsoup.parse(new String(feed.bytes(), StandardCharsets.UTF_8)).text());
        }
        List<String> expected = texts.stream().map(t -> String.join(" ", before(t))).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            int k = (i + offset * 7) % texts.size();
                            if (!terms.joined(texts.get(k)).equals(expected.get(k))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void stemOfWordIsTheWordsOneTermOrNothing() {
        assertThat(terms.stemOfWord("وبالرئيس")).isEqualTo(before("وبالرئيس").get(0));
        assertThat(terms.stemOfWord("3.5")).isEmpty();
        assertThat(terms.stemOfWord("،")).isEmpty();
    }

    private List<String> before(String text) {
        return before(normalizer, text);
    }

    /**
     * Terms.of as it was: normalize's string, split(" "), every word stemmed, a decimal point
     * splitting, empty and long terms left out. The oracle of TermsTest and IndexWriterTextTest.
     */
    static List<String> before(ArabicNormalizer normalizer, String text) {
        String normalized = normalizer.normalize(text);
        List<String> out = new ArrayList<>();
        if (normalized.isEmpty()) {
            return out;
        }
        for (String word : normalized.split(" ")) {
            String term = normalizer.searchStem(word);
            for (String part : term.indexOf('.') < 0 ? new String[]{term} : term.split("\\.")) {
                if (!part.isEmpty() && part.length() <= Terms.MAX_TERM_CHARS) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
