package org.rawafid.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CacheControlTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "max-age=600|PT10M",
            "public, max-age=3600, must-revalidate|PT1H",
            "Max-Age=\"60\"|PT1M",
            "s-maxage=100|none",
            "no-cache|none",
            "max-age=soon|none",
            "none|none",
    })
    void readsMaxAge(String header, Duration expected) {
        assertThat(CacheControl.maxAge(header)).isEqualTo(expected);
    }
}
