package org.rawafid.fetch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FetchRequestTest {
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void treatsBlankValidatorsAsAbsent() {
        FetchRequest request = new FetchRequest(URI.create("https://example.org/rss"), " ", "", TIMEOUT, 10);

        assertThat(request.etag()).isNull();
        assertThat(request.lastModified()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/rss", "javascript:alert(1)", "/relative/rss"})
    void rejectsUrlsThatAreNotHttpHttpsOrFile(String url) {
        assertThatThrownBy(() -> FetchRequest.of(URI.create(url), TIMEOUT, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(url);
    }

    @Test
    void rejectsNonPositiveLimits() {
        URI url = URI.create("https://example.org/rss");

        assertThatThrownBy(() -> FetchRequest.of(url, Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FetchRequest.of(url, TIMEOUT, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
