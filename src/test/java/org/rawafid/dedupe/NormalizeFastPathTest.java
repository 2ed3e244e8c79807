package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArabicNormalizer#normalize} (NFKC skipped for text of chars NFKC never changes, one folding
 * pass) against {@link ArabicNormalizer#normalizeAsFirstWritten} (NFKC always, Lucene's folding after
 * ours): equal on every char, on random text and on every line of the shared fixtures.
 */
class NormalizeFastPathTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @Test
    void inertCharsAreNfkcAloneAndInEveryPair() {
        List<Character> inert = new ArrayList<>();
        for (int c = 0; c < 0x10000; c++) {
            if (ArabicNormalizer.isNfkcInert((char) c)) {
                inert.add((char) c);
                String s = String.valueOf((char) c);
                assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("U+%04X", c).isEqualTo(s);
            }
        }
        for (char a : inert) {
            for (char b : inert) {
                String s = "" + a + b;
                assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("U+%04X U+%04X", (int) a, (int) b)
                        .isEqualTo(s);
            }
        }
    }

    @Test
    void foldEqualsLuceneAfterOursOnEveryChar() {
        for (int c = 0; c < 0x10000; c++) {
            String ch = String.valueOf((char) c);
            for (String s : new String[]{ch, "ب" + ch + "ت", ch + ch}) {
                assertThat(ArabicNormalizer.fold(s)).as("U+%04X", c).isEqualTo(normalizer.foldWithLucene(s));
            }
        }
    }

    @Test
    void normalizeEqualsFirstWrittenOnEveryCharBesideALetterAndADigit() {
        for (int c = 0; c < 0x10000; c++) {
            String ch = String.valueOf((char) c);
            for (String s : new String[]{ch, "ا" + ch, ch + "\u0654", "5" + ch + "ب", "A" + ch + "Σ", "ΑΣ" + ch}) {
                assertThat(normalizer.normalize(s)).as("U+%04X in [%s]", c, s)
                        .isEqualTo(normalizer.normalizeAsFirstWritten(s));
            }
        }
    }

    @Test
    void normalizeEqualsFirstWrittenOnRandomText() {
        String alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةؤئ0123456789٠١٩۱.,٫٬،؛؟٪٭\u0001 \t\n-_/:%«»()"
                + "AZazΣσİIÅß\u00A0\u200C\u0640\u064B\u0653\u0654\u0655\u0670\u06DD\u0600\u0615①½²\uFDF2\uFEFB\uFE8D";
        Random random = new Random(14);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(normalizer.normalize(s)).as("[%s]", s).isEqualTo(normalizer.normalizeAsFirstWritten(s));
        }
    }

    @Test
    void normalizeEqualsFirstWrittenOnTheSharedFixtures() throws IOException {
        int lines = 0;
        try (Stream<Path> files = Files.walk(Path.of("../shared/fixtures"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    lines++;
                    assertThat(normalizer.normalize(line)).as("%s: %s", file, line)
                            .isEqualTo(normalizer.normalizeAsFirstWritten(line));
                }
            }
        }
        assertThat(lines).isGreaterThan(10_000);
    }
}
