package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NumberWords#digits} (words that start no number passed over by one lookup) against
 * {@link NumberWords#digitsAsFirstWritten} (every word's heads built and tried): equal on random
 * phrases of number words, clitics and articles, and on every normalised line of the shared fixtures.
 */
class NumberWordsFilterTest {
    private static final String[] WORDS = {"واحد", "احدي", "اثنان", "اثني", "ثلاث", "ثلاثه", "خمسه", "عشر", "عشره",
        "عشرون", "عشرين", "ثمانون", "ثمانين", "ميه", "مايه", "ميتان", "ثلاثميه", "ثمانيميه", "الف", "الاف", "الفا",
        "الفين", "مليون", "ملايين", "مليونا", "مليار", "مليارات", "بليون", "الثالث", "العاشره", "الحادي", "الحاديه",
        "وعشرون", "والف", "وخمسه", "بخمسه", "لثلاثه", "الخمسه", "فالف", "كعشرين", "والعشرين", "بالميه", "في", "المايه",
        "12", "3.5", "1.2.3", "٪", "قتيل", "دولار", "غزه", "و", "ال", "الالف", "والمليون", "ولثلاثه", "عام", "2024"};

    @Test
    void equalsTheFirstWrittenOnRandomPhrases() {
        Random random = new Random(14);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                text.append(text.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            String s = text.toString();
            assertThat(NumberWords.digits(s)).as(s).isEqualTo(NumberWords.digitsAsFirstWritten(s));
        }
    }

    @Test
    void equalsTheFirstWrittenOnTheSharedFixtures() throws IOException {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        int lines = 0;
        try (Stream<Path> files = Files.walk(Path.of("../shared/fixtures/neardup"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
                    String normalized = normalizer.normalize(line);
                    lines++;
                    assertThat(NumberWords.digits(normalized)).as(line)
                            .isEqualTo(NumberWords.digitsAsFirstWritten(normalized));
                }
            }
        }
        assertThat(lines).isGreaterThan(1_000);
    }
}
