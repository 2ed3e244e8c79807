package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input/expected pairs under src/test/resources/clean: NAME.input.html cleans to exactly NAME.expected.html. */
class CleanFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/clean");

    @ParameterizedTest
    @ValueSource(strings = {"wordpress-item"})
    void cleansTheItemToTheExpectedHtml(String name) throws IOException {
        String input = Files.readString(DIR.resolve(name + ".input.html"));
        String expected = Files.readString(DIR.resolve(name + ".expected.html")).strip();
        String cleaned = new HtmlCleaner().clean(input, URI.create("https://example.news/2024/08/campaign/"), null).html();
        assertThat(cleaned.replace("\n", "")).isEqualTo(expected.replace("\n", ""));
    }
}
