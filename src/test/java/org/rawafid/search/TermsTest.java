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
 * {@link Terms#of} gives what it gave before its one-pass word cutting (the oracle below), on real and random text;
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

    /** Terms.of as it was: split(" "), every word stemmed, a decimal point splitting, empty and long terms left out. */
    private List<String> before(String text) {
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
