package org.rawafid.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({"30s, PT30S", "15m, PT15M", "2h, PT2H", "7d, PT168H", "0s, PT0S"})
    void readsAWholeNumberAndOneUnit(String text, String expected) {
        assertThat(Durations.parse(text)).contains(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 minutes", "15", "1h30m", "15M", "-5m", "1.5h", "PT15M", "", "99999999999999999999d"})
    void rejectsEverythingElse(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5 minutes|\"5 minutes\" is not a duration (use 5m)",
            "2 Hours|\"2 Hours\" is not a duration (use 2h)",
            "300|\"300\" is not a duration (use 300s)",
            "10 days|\"10 days\" is not a duration (use 10d)",
            "1h30m|\"1h30m\" is not a duration (use a whole number and a unit s, m, h or d, e.g. 15m)",
            "99999999999999999999d|\"99999999999999999999d\" is too large"})
    void suggestsTheSpellingThatWasMeant(String text, String message) {
        assertThat(Durations.notADuration(text)).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"PT30S, 30s", "PT90S, 90s", "PT15M, 15m", "PT2H, 2h", "PT168H, 7d", "PT0S, 0s"})
    void formatsInTheShortestExactUnit(String duration, String text) {
        assertThat(Durations.format(Duration.parse(duration))).isEqualTo(text);
    }
}
