package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArabicNormalizer#separateWords} (char passes) against {@link ArabicNormalizer#separateWordsByPatterns}
 * (the regular expressions that define it): equal on a table of edge cases, on random text drawn from the
 * characters each rule looks at, and on every line of the shared Arabic fixtures.
 */
class SeparateWordsTest {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "a", "ب5", "5ب", "بـ95 و3", "1٬000", "٬1", "1٬", "1٬٬2", "1٬.2",
            "1.2.3", "3,5", "3٫5", ".5", "5.", "5..6", "1٬2.3", "\u0001", "a\u0001b", "1\u00012", "5٪", "٪5", "5 ٪",
            "٪ 5", "،5", "5،", "\t\n x \r\f\u000B", "ALL CAPS", "İstanbul", "ΟΔΟΣ", "a\u00A0b", "x\u2028y",
            "غزة، رفح", "«الأهرام»", "27.25%", "عام 2024م", "Covid-19", "x--y__z", "ب١٢", "٢٠٢٤هـ", "١٬٠٠٠ قتيل",
            "9\u06DD", "\u06DD9", "9\u0615", "\u06019", "5\u060D6", "x\uD83D\uDE00y", "ب\uD83D\uDE005", "\uD800", "a\uDC00",
            "\uD840\uDC00b", "5\uD83B\uDE00", " leading and trailing ", "٠١٢٣٤٥٦٧٨٩", "Ⅻ", "①②", "½", "x²"})
    void passesEqualPatternsOnEdgeCases(String text) {
        assertThat(ArabicNormalizer.separateWords(text)).isEqualTo(ArabicNormalizer.separateWordsByPatterns(text));
    }

    @Test
    void passesEqualPatternsOnRandomText() {
        String alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةؤئ0123456789٠١٩۱.,٫٬،؛؟٪٭\u0001 \t\n-_/:%«»()"
                + "AZaz\u00A0\u200C\u0640\u064B\u0670\u06DD\u0600\u0615ΣİÅß①½²\u0660\uFDF2\uFEFB";
        String[] pairs = {"\uD83D\uDE00", "\uD840\uDC00", "\uD83B\uDE00", "\uD800", "\uDC00"};
        Random random = new Random(14);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(40) == 0) {
                    text.append(pairs[random.nextInt(pairs.length)]);
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String s = text.toString();
            assertThat(ArabicNormalizer.separateWords(s)).as("[%s]", s)
                    .isEqualTo(ArabicNormalizer.separateWordsByPatterns(s));
        }
    }

    @Test
    void passesEqualPatternsOnEveryCharacterBesideADigitAndALetter() {
        for (int c = 0; c < 0x10000; c++) {
            String ch = String.valueOf((char) c);
            for (String s : new String[]{ch, "5" + ch, ch + "5", "ب" + ch + "5", "5" + ch + "ب", "a" + ch + " " + ch}) {
                assertThat(ArabicNormalizer.separateWords(s)).as("U+%04X in [%s]", c, s)
                        .isEqualTo(ArabicNormalizer.separateWordsByPatterns(s));
            }
        }
    }

    @Test
    void passesEqualPatternsOnTheSharedArabicFixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../shared/fixtures/neardup"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(file)) {
                    assertThat(ArabicNormalizer.separateWords(line)).as("%s: %s", file, line)
                            .isEqualTo(ArabicNormalizer.separateWordsByPatterns(line));
                }
            }
        }
    }
}
