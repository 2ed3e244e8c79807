package org.rawafid.fetch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffPolicyTest {
    static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(15);

    final FakeClock clock = new FakeClock(NOW);

    /** The jitter draw is fixed: 0.5 is no jitter, 0 is -10 %, just under 1 is +10 %. */
    static BackoffPolicy policy(FakeClock clock, double draw) {
        return new BackoffPolicy(clock, new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return draw;
            }
        });
    }

    @Nested
    class OnError {
        @ParameterizedTest(name = "{0} failures wait {1}")
        @CsvSource({
                "1, PT30M",
                "2, PT1H",
                "3, PT2H",
                "5, PT8H",
                "6, PT16H",
                "7, PT24H",
                "20, PT24H",
                "1000, PT24H",
        })
        void waitsIntervalTimesTwoToTheFailuresCappedAtADay(int failures, Duration expected) {
            NextFetch next = policy(clock, 0.5).onError(INTERVAL, failures);

            assertThat(next.at()).isEqualTo(NOW.plus(expected));
            assertThat(next.failures()).isEqualTo(failures);
        }

        @ParameterizedTest(name = "draw {0} waits {1}")
        @CsvSource({
                "0.0, PT27M",
                "0.25, PT28M30S",
                "0.999999999, PT32M59.999S",
        })
        void jittersByAtMostTenPercent(double draw, Duration expected) {
            assertThat(policy(clock, draw).onError(INTERVAL, 1).at()).isEqualTo(NOW.plus(expected));
        }

        @Test
        void jitterNeverPushesPastTheCap() {
            assertThat(policy(clock, 0.999).onError(INTERVAL, 30).at()).isEqualTo(NOW.plus(Duration.ofHours(24)));
            assertThat(policy(clock, 0.0).onError(INTERVAL, 30).at()).isEqualTo(NOW.plus(Duration.ofMinutes(1296)));
        }

        @Test
        void neverPollsMoreOftenThanALongConfiguredInterval() {
            Duration weekly = Duration.ofDays(7);

            assertThat(policy(clock, 0.5).onError(weekly, 3).at()).isEqualTo(NOW.plus(weekly));
        }

        @Test
        void rejectsZeroFailures() {
            assertThatThrownBy(() -> policy(clock, 0.5).onError(INTERVAL, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class OnSuccessAndNotModified {
        @ParameterizedTest(name = "ttl {0} waits {1}")
        @CsvSource(nullValues = "none", value = {
                "none, PT15M",
                "PT5M, PT15M",
                "PT15M, PT15M",
                "PT1H, PT1H",
                "P3D, PT24H",
        })
        void feedTtlOnlyLengthensTheInterval(Duration ttl, Duration expected) {
            BackoffPolicy policy = policy(clock, 0.5);

            assertThat(policy.onSuccess(INTERVAL, ttl)).isEqualTo(new NextFetch(NOW.plus(expected), 0));
            assertThat(policy.onNotModified(INTERVAL, ttl)).isEqualTo(new NextFetch(NOW.plus(expected), 0));
        }
    }

    @Nested
    class OnRateLimitedAndGone {
        @Test
        void waitsUntilRetryAtWhenLaterThanTheInterval() {
            Instant retryAt = NOW.plus(Duration.ofHours(2));

            assertThat(policy(clock, 0.5).onRateLimited(INTERVAL, retryAt)).isEqualTo(new NextFetch(retryAt, 0));
        }

        @Test
        void keepsTheIntervalWhenRetryAtIsSooner() {
            assertThat(policy(clock, 0.5).onRateLimited(INTERVAL, NOW.plusSeconds(30)))
                    .isEqualTo(new NextFetch(NOW.plus(INTERVAL), 0));
        }

        @Test
        void goneIsNeverScheduledAgain() {
            NextFetch next = policy(clock, 0.5).onGone();

            assertThat(next.isScheduled()).isFalse();
            assertThat(next.at()).isNull();
        }
    }

    @Nested
    class WithTheFetcher {
        @RegisterExtension
        WireMockExtension wm = WireMocks.server();

        @Test
        void backoffGrowsOverFiveServerErrorsThenResetsOnSuccess() {
            String scenario = "flaky";
            for (int i = 0; i < 5; i++) {
                String state = i == 0 ? Scenario.STARTED : "error-" + i;
                wm.stubFor(get("/flaky").inScenario(scenario).whenScenarioStateIs(state)
                        .willReturn(serverError()).willSetStateTo("error-" + (i + 1)));
            }
            wm.stubFor(get("/flaky").inScenario(scenario).whenScenarioStateIs("error-5")
                    .willReturn(okXml("<rss version=\"2.0\"><channel/></rss>")));
            FeedFetcher fetcher = new FeedFetcher(FetchSettings.withUserAgent("RawafidTest/1.0"), clock);
            BackoffPolicy policy = policy(clock, 0.5);
            FetchRequest request = FetchRequest.of(URI.create(wm.getRuntimeInfo().getHttpBaseUrl() + "/flaky"), Duration.ofSeconds(5), 1 << 20);

            List<Duration> waits = new ArrayList<>();
            List<String> outcomes = new ArrayList<>();
            int failures = 0;
            for (int poll = 0; poll < 6; poll++) {
                FetchOutcome outcome = fetcher.fetch(request);
                outcomes.add(outcome instanceof FetchOutcome.Failed f ? "HTTP " + f.status() : outcome.name());
                NextFetch next = outcome instanceof FetchOutcome.Failed
                        ? policy.onError(INTERVAL, failures + 1)
                        : policy.onSuccess(INTERVAL, null);
                failures = next.failures();
                waits.add(Duration.between(clock.instant(), next.at()));
                clock.advance(waits.get(poll));
            }

            assertThat(outcomes).containsExactly("HTTP 500", "HTTP 500", "HTTP 500", "HTTP 500", "HTTP 500", "fetched");
            assertThat(waits).containsExactly(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
                    Duration.ofHours(4), Duration.ofHours(8), INTERVAL);
            assertThat(failures).isZero();
        }
    }
}
