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

    @Test
    void staysBoundedAcross100000HostsHeldAtOnceKeepingTheLatestHolds() {
        for (int i = 0; i < 100_000; i++) {
            throttle.hold("host" + i + ".example", 429, clock.instant().plusSeconds(60 + i));
        }

        assertThat(throttle.heldHosts()).isLessThanOrEqualTo(HostThrottle.MAX_HOSTS);
        assertThat(throttle.check("host99999.example")).isPresent();
        assertThat(throttle.check("host0.example")).isEmpty();
    }

    @Test
    void dropsPassedHoldsWhenTheMapFillsUp() {
        for (int i = 0; i < HostThrottle.MAX_HOSTS; i++) {
            throttle.hold("old" + i + ".example", 429, clock.instant().plusSeconds(10));
        }
        clock.advance(Duration.ofSeconds(11));

        throttle.hold("new.example", 503, clock.instant().plusSeconds(10));

        assertThat(throttle.heldHosts()).isEqualTo(1);
        assertThat(throttle.check("new.example")).isPresent();
    }
}
