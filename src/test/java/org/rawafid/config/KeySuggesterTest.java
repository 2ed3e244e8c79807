package org.rawafid.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeySuggesterTest {
    @ParameterizedTest
    @CsvSource({"intervall, interval", "intreval, interval", "baseurl, baseUrl", "fulltext, fullText",
            "max_bytes, maxBytes", "feed, feeds", "tag, tags", "extrct, extract"})
    void suggestsTheNearestKnownKeyForATypo(String typed, String expected) {
        assertThat(KeySuggester.nearest(typed, KnownKeys.SOURCE.contains(expected) ? KnownKeys.SOURCE
                : KnownKeys.SERVICE.contains(expected) ? KnownKeys.SERVICE : KnownKeys.TOP)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"colour", "schedule", "x"})
    void suggestsNothingForAnUnrelatedWord(String typed) {
        assertThat(KeySuggester.nearest(typed, KnownKeys.SERVICE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "'', abc, 3", "same, same, 0", "flaw, lawn, 2"})
    void measuresLevenshteinDistance(String a, String b, int distance) {
        assertThat(KeySuggester.distance(a, b)).isEqualTo(distance);
    }
}
