package org.rawafid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-28T21:00:00Z");

    @ParameterizedTest(name = "{0}s ago → {1}")
    @CsvSource({
            "0, الآن",
            "59, الآن",
            "-300, الآن",
            "60, منذ دقيقة",
            "120, منذ دقيقتين",
            "300, منذ ٥ دقائق",
            "660, منذ ١١ دقيقة",
            "3600, منذ ساعة",
            "10800, منذ ٣ ساعات",
            "82800, منذ ٢٣ ساعة",
            "172800, منذ يومين",
            "864000, منذ ١٠ أيام",
            "5184000, منذ شهرين",
            "94608000, منذ ٣ سنوات",
    })
    void saysHowLongAgoInArabicWithArabicIndicDigits(long secondsAgo, String expected) {
        assertThat(ArabicTime.relative(NOW.minusSeconds(secondsAgo), NOW)).isEqualTo(expected);
    }

    @Test
    void saysHowLongUntilAFutureTime() {
        assertThat(ArabicTime.until(NOW.plusSeconds(600), NOW)).isEqualTo("بعد ١٠ دقائق");
        assertThat(ArabicTime.until(NOW.minusSeconds(600), NOW)).isEqualTo("الآن");
    }

    @Test
    void writesAbsoluteTimesWithArabicMonthNamesInUtc() {
        assertThat(ArabicTime.absolute(Instant.parse("2026-11-28T18:05:00Z"))).isEqualTo("٢٨ نوفمبر ٢٠٢٦، ١٨:٠٥ UTC");
    }
}
