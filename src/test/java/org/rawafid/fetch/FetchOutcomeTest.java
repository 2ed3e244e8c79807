package org.rawafid.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FetchOutcomeTest {
    static final URI URL = URI.create("https://example.org/rss");

    static FetchOutcome.Fetched fetched(String body) {
        return new FetchOutcome.Fetched(200, body.getBytes(), "text/xml", "\"e\"", null, URL, null);
    }

    @Test
    void namesMatchTheStoredOutcomeColumn() {
        assertThat(fetched("x").name()).isEqualTo("fetched");
        assertThat(new FetchOutcome.Moved(URL, fetched("x")).name()).isEqualTo("moved");
        assertThat(new FetchOutcome.NotModified(null, null, null, null).name()).isEqualTo("not-modified");
        assertThat(new FetchOutcome.Gone(410).name()).isEqualTo("gone");
        assertThat(new FetchOutcome.RateLimited(429, Instant.EPOCH).name()).isEqualTo("rate-limited");
        assertThat(new FetchOutcome.Failed(null, "fetch x: boom").name()).isEqualTo("failed");
    }

    @Test
    void fetchedComparesBodiesByContent() {
        assertThat(fetched("abc")).isEqualTo(fetched("abc")).hasSameHashCodeAs(fetched("abc"));
        assertThat(fetched("abc")).isNotEqualTo(fetched("abd"));
    }
}
