package org.rawafid.fetch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HostThrottleTest {
    final FakeClock clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
    final HostThrottle throttle = new HostThrottle(clock);

    @Test
    void holdsTheHostCaseInsensitivelyUntilTheInstantPasses() {
        Instant until = clock.instant().plusSeconds(60);
        throttle.hold("News.Example", 429, until);

        assertThat(throttle.check("news.example")).contains(new FetchOutcome.RateLimited(429, until));
        assertThat(throttle.check("other.example")).isEmpty();

        clock.advance(Duration.ofSeconds(60));
        assertThat(throttle.check("news.example")).isEmpty();
    }

    @Test
    void keepsTheLaterOfTwoHolds() {
        Instant later = clock.instant().plusSeconds(600);
        throttle.hold("news.example", 503, later);
        throttle.hold("news.example", 429, clock.instant().plusSeconds(10));

        assertThat(throttle.check("news.example")).contains(new FetchOutcome.RateLimited(503, later));
    }
}
