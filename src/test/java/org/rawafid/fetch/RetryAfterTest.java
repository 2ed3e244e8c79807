package org.rawafid.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {
    static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "120|2026-01-10T12:02:00Z",
            "0|2026-01-10T12:00:00Z",
            " 60 |2026-01-10T12:01:00Z",
            "Sat, 10 Jan 2026 12:30:00 GMT|2026-01-10T12:30:00Z",
            "Sat, 10 Jan 2026 11:00:00 GMT|2026-01-10T12:00:00Z",
            "Mon, 12 Jan 2026 12:00:00 GMT|2026-01-11T12:00:00Z",
            "999999|2026-01-11T12:00:00Z",
            "99999999999999999999|2026-01-11T12:00:00Z",
            "soon|none",
            "-5|none",
            "none|none",
    })
    void readsSecondsAndHttpDatesClampedToADay(String header, String expected) {
        assertThat(RetryAfter.parse(header, NOW).map(Instant::toString).orElse(null)).isEqualTo(expected);
    }
}
