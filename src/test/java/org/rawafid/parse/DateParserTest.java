package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private final DateParser parser = new DateParser();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/parse/dates.tsv", delimiter = '\t', quoteCharacter = '\u0001',
            nullValues = {}, emptyValue = "")
    void readsRealWorldDates(String input, String expected) {
        Optional<Instant> parsed = parser.parse(input == null ? "" : input);
        if (expected.equals("none")) {
            assertThat(parsed).isEmpty();
        } else {
            assertThat(parsed).contains(Instant.parse(expected));
        }
    }

    @Test
    void readsZonelessDatesInTheConfiguredZone() {
        DateParser riyadh = new DateParser(ZoneId.of("Asia/Riyadh"));

        assertThat(riyadh.parse("15 يونيو 2024 03:20 م")).contains(Instant.parse("2024-06-15T12:20:00Z"));
    }

    @Test
    void letsAnExplicitZoneBeatTheConfiguredOne() {
        DateParser riyadh = new DateParser(ZoneId.of("Asia/Riyadh"));

        assertThat(riyadh.parse("Sun, 16 Jun 2024 09:05:00 GMT")).contains(Instant.parse("2024-06-16T09:05:00Z"));
    }

    @Test
    void rejectsNullAndAbsurdlyLongInput() {
        assertThat(parser.parse(null)).isEmpty();
        assertThat(parser.parse("1 Jan 2024 ".repeat(100))).isEmpty();
    }
}
