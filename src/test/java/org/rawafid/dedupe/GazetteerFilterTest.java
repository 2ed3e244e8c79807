package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Gazetteer#places} (words that start no name passed over by one lookup) against
 * {@link Gazetteer#placesAsFirstWritten}: equal on random phrases of place names with every clitic
 * and on every normalised line of the shared fixtures.
 */
class GazetteerFilterTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Gazetteer GAZETTEER = new Gazetteer(NORMALIZER);

    @Test
    void equalsTheFirstWrittenOnRandomPhrasesWithClitics() {
        List<String> names = List.of("القاهره", "مصر", "المصريه", "الدار البيضاء", "رام الله", "الكويت", "عمان",
                "بغداد", "الاردن", "الاردني", "غزه", "لبنان", "السعوديه", "الرياض", "دمشق", "قال", "الوزير", "اليوم");
        String[] clitics = {"", "", "و", "ف", "ب", "ك", "ل", "وب", "فل", "لل", "ولل", "وك", "ال", "لال"};
        Random random = new Random(14);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                String name = names.get(random.nextInt(names.size()));
                String clitic = clitics[random.nextInt(clitics.length)];
                String word = clitic.equals("لل") && name.startsWith("ال") ? "لل" + name.substring(2) : clitic + name;
                text.append(text.isEmpty() ? "" : " ").append(word);
            }
            String s = NORMALIZER.normalize(text.toString());
            assertThat(GAZETTEER.places(s)).as(s).isEqualTo(GAZETTEER.placesAsFirstWritten(s));
        }
    }

    @Test
    void equalsTheFirstWrittenOnTheSharedFixtures() throws IOException {
        int lines = 0;
        try (Stream<Path> files = Files.walk(Path.of("../shared/fixtures/neardup"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
                    String normalized = NORMALIZER.normalize(line);
                    lines++;
                    assertThat(GAZETTEER.places(normalized)).as(line).isEqualTo(GAZETTEER.placesAsFirstWritten(normalized));
                }
            }
        }
        assertThat(lines).isGreaterThan(1_000);
    }
}
