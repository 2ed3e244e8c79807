package org.rawafid.dedupe;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped {@code dedupe/word-df.tsv} is what the ANS train and dev headlines count to with
 * today's stemmer (a stemmer change makes it stale: rerun with {@code -Dregenerate=true} to
 * rewrite it). Skipped when the shared fixtures are absent.
 */
class WordPriorResourceTest {
    static final Path FILE = Path.of("src/main/resources/dedupe/word-df.tsv");

    /** Distinct headlines of train and dev (test is held out), counted once each. */
    static String generate() throws IOException {
        Fingerprinter f = new Fingerprinter(new ArabicNormalizer());
        Set<String> headlines = new LinkedHashSet<>();
        for (String split : List.of("train", "dev")) {
            for (AnsPairs p : AnsPairs.load(split)) {
                headlines.add(p.s1());
                headlines.add(p.s2());
            }
        }
        Map<String, Long> df = new TreeMap<>();
        for (String h : headlines) {
            new LinkedHashSet<>(f.fingerprint(Text.ofTitle(h)).tokens()).forEach(w -> df.merge(w, 1L, Long::sum));
        }
        StringBuilder out = new StringBuilder("#docs\t").append(headlines.size()).append('\n');
        df.forEach((w, n) -> {
            if (n >= 1) {
                out.append(w).append('\t').append(n).append('\n');
            }
        });
        return out.toString();
    }

    @Test
    void shippedPriorIsTheAnsTrainAndDevCount() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(AnsPairs.DIR), "shared ANS fixtures absent");
        String expected = generate();
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(FILE, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void standardPriorCountsThousandsOfHeadlines() {
        WordPrior prior = WordPrior.standard();

        assertThat(prior.documents()).isGreaterThan(StoryMatcher.MIN_DOCUMENTS);
        assertThat(prior.frequency("مصر")).isGreaterThan(10);
        assertThat(prior.frequency("سوليف")).isZero();
    }

    @Test
    void readsTheTsvFormat() throws IOException {
        WordPrior prior = WordPrior.read(new BufferedReader(new StringReader("#docs\t10\nقمه\t3\n")));

        assertThat(prior.documents()).isEqualTo(10);
        assertThat(prior.frequency("قمه")).isEqualTo(3);
        assertThat(prior.frequency("غيره")).isZero();
    }
}
