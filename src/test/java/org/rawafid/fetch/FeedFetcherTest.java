package org.rawafid.fetch;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.permanentRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class FeedFetcherTest {
    static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>أخبار</title></channel></rss>";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final long MAX = 5L * 1024 * 1024;

    static final ConcurrencyCounter concurrency = new ConcurrencyCounter();

    @RegisterExtension
    static WireMockExtension wm = WireMocks.server(concurrency);

    final FakeClock clock = new FakeClock(Instant.parse("2026-01-10T12:00:00Z"));
    FeedFetcher fetcher;

    @BeforeEach
    void newFetcher() {
        fetcher = new FeedFetcher(FetchSettings.withUserAgent("RawafidTest/1.0"), clock);
    }

    URI url(String path) {
        return URI.create(wm.getRuntimeInfo().getHttpBaseUrl() + path);
    }

    FetchOutcome fetch(String path) {
        return fetcher.fetch(FetchRequest.of(url(path), TIMEOUT, MAX));
    }

    @Nested
    class ConditionalGet {
        @Test
        void returnsBodyAndValidatorsThenNotModifiedWhenValidatorsAreSent() {
            wm.stubFor(get("/feed").withHeader("If-None-Match", absent())
                    .willReturn(okXml(RSS).withHeader("ETag", "\"v1\"")
                            .withHeader("Last-Modified", "Sat, 10 Jan 2026 11:00:00 GMT")
                            .withHeader("Cache-Control", "public, max-age=1800")));
            wm.stubFor(get("/feed").withHeader("If-None-Match", equalTo("\"v1\""))
                    .withHeader("If-Modified-Since", equalTo("Sat, 10 Jan 2026 11:00:00 GMT"))
                    .willReturn(status(304).withHeader("ETag", "\"v1\"")));

            FetchOutcome first = fetch("/feed");

            assertThat(first).isInstanceOf(FetchOutcome.Fetched.class);
            FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) first;
            assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
            assertThat(fetched.status()).isEqualTo(200);
            assertThat(fetched.etag()).isEqualTo("\"v1\"");
            assertThat(fetched.lastModified()).isEqualTo("Sat, 10 Jan 2026 11:00:00 GMT");
            assertThat(fetched.maxAge()).isEqualTo(Duration.ofMinutes(30));
            assertThat(fetched.finalUrl()).isEqualTo(url("/feed"));
            assertThat(fetched.name()).isEqualTo("fetched");

            FetchOutcome second = fetcher.fetch(new FetchRequest(url("/feed"), fetched.etag(), fetched.lastModified(), TIMEOUT, MAX));

            assertThat(second).isEqualTo(new FetchOutcome.NotModified("\"v1\"", null, null, null));
            assertThat(second.name()).isEqualTo("not-modified");
        }

        @Test
        void sendsUserAgentAndFeedAcceptHeaders() {
            wm.stubFor(get("/ua").willReturn(okXml(RSS)));

            fetch("/ua");

            wm.verify(getRequestedFor(urlEqualTo("/ua"))
                    .withHeader("User-Agent", equalTo("RawafidTest/1.0"))
                    .withHeader("Accept", equalTo(FeedFetcher.FEED_ACCEPT))
                    .withHeader("Accept-Encoding", equalTo("gzip, deflate")));
        }
    }

    @Nested
    class Decoding {
        @Test
        void decodesGzipBody() throws IOException {
            wm.stubFor(get("/gz").willReturn(ok().withHeader("Content-Encoding", "gzip")
                    .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                    .withBody(gzip(RSS.getBytes(StandardCharsets.UTF_8)))));

            FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) fetch("/gz");

            assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
            assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        }

        @Test
        void stopsGzipBombAtTheLimitAfterDecoding() throws IOException {
            byte[] bomb = gzipZeros(100 * 1024 * 1024);
            assertThat(bomb.length).isLessThan((int) MAX);
            wm.stubFor(get("/bomb").willReturn(ok().withHeader("Content-Encoding", "gzip").withBody(bomb)));

            FetchOutcome outcome = fetch("/bomb");

            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed ->
                    assertThat(failed.reason()).contains("/bomb").contains("decoded body exceeds the limit of " + MAX));
        }

        @Test
        void failsOnCorruptGzip() {
            wm.stubFor(get("/badgz").willReturn(ok().withHeader("Content-Encoding", "gzip")
                    .withBody(new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3})));

            assertThat(fetch("/badgz")).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
                assertThat(failed.status()).isEqualTo(200);
                assertThat(failed.reason()).startsWith("fetch " + url("/badgz")).contains("bad compressed body");
            });
        }
    }

    @Nested
    class Faults {
        @ParameterizedTest
        @EnumSource(Fault.class)
        void networkFaultIsAFailedOutcomeNamingTheUrl(Fault fault) {
            wm.stubFor(get("/fault").willReturn(aResponse().withFault(fault)));

            FetchOutcome outcome = fetch("/fault");

            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
                assertThat(failed.status()).isNull();
                assertThat(failed.reason()).startsWith("fetch " + url("/fault") + ": network error");
            });
            assertThat(outcome.name()).isEqualTo("failed");
        }

        @Test
        void bodyTricklingPastTheTotalTimeoutFails() {
            wm.stubFor(get("/slow").willReturn(okXml(RSS.repeat(20)).withChunkedDribbleDelay(20, 10_000)));

            FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url("/slow"), Duration.ofMillis(1500), MAX));

            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).contains("timed out after 1500ms"));
        }

        @Test
        void slowHeadersTimeOut() {
            wm.stubFor(get("/stall").willReturn(okXml(RSS).withFixedDelay(5_000)));

            FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url("/stall"), Duration.ofSeconds(1), MAX));

            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).contains("timed out after 1s"));
        }

        @Test
        void refusesDeclaredBodyOverTheLimit() {
            wm.stubFor(get("/big").willReturn(ok().withBody(new byte[50 * 1024 * 1024])));

            assertThat(fetch("/big")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).endsWith("body exceeds the limit of " + MAX + " bytes"));
        }

        @Test
        void cutsOffStreamedBodyWithoutLengthAtTheLimit() {
            wm.stubFor(get("/bigchunked").willReturn(ok().withBody(new byte[50 * 1024 * 1024]).withChunkedDribbleDelay(50, 200)));

            assertThat(fetch("/bigchunked")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).endsWith("body exceeds the limit of " + MAX + " bytes"));
        }

        @Test
        void unknownHostIsFailed() {
            URI nowhere = URI.create("http://rawafid-test.invalid/feed");

            assertThat(fetcher.fetch(FetchRequest.of(nowhere, TIMEOUT, MAX)))
                    .isEqualTo(new FetchOutcome.Failed(null, "fetch http://rawafid-test.invalid/feed: unknown host"));
        }

        @Test
        void untrustedCertificateIsATlsFailure() {
            wm.stubFor(get("/tls").willReturn(okXml(RSS)));
            URI https = URI.create("https://localhost:" + wm.getHttpsPort() + "/tls");

            assertThat(fetcher.fetch(FetchRequest.of(https, TIMEOUT, MAX))).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).startsWith("fetch " + https + ": TLS error: "));
        }

        @Test
        void connectionRefusedIsFailed() {
            URI closed = URI.create("http://127.0.0.1:1/feed");

            assertThat(fetcher.fetch(FetchRequest.of(closed, TIMEOUT, MAX)))
                    .isEqualTo(new FetchOutcome.Failed(null, "fetch http://127.0.0.1:1/feed: connection refused"));
        }
    }

    @Nested
    class Statuses {
        @Test
        void goneIs410() {
            wm.stubFor(get("/gone").willReturn(status(410)));

            assertThat(fetch("/gone")).isEqualTo(new FetchOutcome.Gone(410));
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(ints = {400, 403, 404, 500, 502, 503})
        void errorStatusIsFailedWithStatus(int code) {
            wm.stubFor(get("/err").willReturn(status(code).withBody("nope")));

            assertThat(fetch("/err")).isEqualTo(new FetchOutcome.Failed(code, "fetch " + url("/err") + ": HTTP " + code));
        }

        @Test
        void tooManyRequestsWithSecondsHonoursRetryAfter() {
            wm.stubFor(get("/limited").willReturn(status(429).withHeader("Retry-After", "120")));

            assertThat(fetch("/limited"))
                    .isEqualTo(new FetchOutcome.RateLimited(429, clock.instant().plusSeconds(120)));
        }

        @Test
        void serviceUnavailableWithHttpDateHonoursRetryAfter() {
            Instant at = clock.instant().plus(Duration.ofMinutes(7));
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
            wm.stubFor(get("/busy").willReturn(status(503).withHeader("Retry-After", date)));

            assertThat(fetch("/busy")).isEqualTo(new FetchOutcome.RateLimited(503, at));
        }

        @Test
        void tooManyRequestsWithoutRetryAfterWaitsAnHour() {
            wm.stubFor(get("/limited-bare").willReturn(status(429)));

            assertThat(fetch("/limited-bare")).isEqualTo(new FetchOutcome.RateLimited(429, clock.instant().plus(Duration.ofHours(1))));
        }

        @Test
        void retryAfterHoldsBackEveryPathOnTheHostWithoutSendingUntilItPasses() {
            wm.stubFor(get("/a").willReturn(status(429).withHeader("Retry-After", "120")));
            wm.stubFor(get("/b").willReturn(okXml(RSS)));

            fetch("/a");
            FetchOutcome held = fetch("/b");

            assertThat(held).isEqualTo(new FetchOutcome.RateLimited(429, clock.instant().plusSeconds(120)));
            wm.verify(0, getRequestedFor(urlEqualTo("/b")));

            clock.advance(Duration.ofSeconds(121));

            assertThat(fetch("/b")).isInstanceOf(FetchOutcome.Fetched.class);
            wm.verify(1, getRequestedFor(urlEqualTo("/b")));
        }
    }

    @Nested
    class Redirects {
        void chain(String prefix, int hops) {
            for (int i = 1; i <= hops; i++) {
                String next = i == hops ? "/target" : prefix + (i + 1);
                wm.stubFor(get(prefix + i).willReturn(temporaryRedirect(next)));
            }
            wm.stubFor(get("/target").willReturn(okXml(RSS)));
        }

        @Test
        void followsFiveRedirects() {
            chain("/five", 5);

            assertThat(fetch("/five1")).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                    fetched -> assertThat(fetched.finalUrl()).isEqualTo(url("/target")));
        }

        @Test
        void sixthRedirectFails() {
            chain("/six", 6);

            assertThat(fetch("/six1")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).isEqualTo("fetch " + url("/six1") + ": more than 5 redirects"));
            wm.verify(0, getRequestedFor(urlEqualTo("/target")));
        }

        @Test
        void redirectLoopFails() {
            wm.stubFor(get("/loop-a").willReturn(temporaryRedirect("/loop-b")));
            wm.stubFor(get("/loop-b").willReturn(temporaryRedirect("/loop-a")));

            assertThat(fetch("/loop-a")).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).contains("redirect loop at " + url("/loop-a")));
        }

        @Test
        void permanentRedirectReportsTheNewUrl() {
            wm.stubFor(get("/old").willReturn(permanentRedirect("/new")));
            wm.stubFor(get("/new").willReturn(okXml(RSS)));

            FetchOutcome outcome = fetch("/old");

            assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Moved.class, moved -> {
                assertThat(moved.newUrl()).isEqualTo(url("/new"));
                assertThat(moved.content().finalUrl()).isEqualTo(url("/new"));
            });
            assertThat(outcome.name()).isEqualTo("moved");
        }

        @Test
        void permanentRedirect308ThenNotModifiedStillReportsTheNewUrl() {
            wm.stubFor(get("/old308").willReturn(status(308).withHeader("Location", wm.getRuntimeInfo().getHttpBaseUrl() + "/new308")));
            wm.stubFor(get("/new308").willReturn(status(304)));

            assertThat(fetcher.fetch(new FetchRequest(url("/old308"), "\"x\"", null, TIMEOUT, MAX)))
                    .isEqualTo(new FetchOutcome.NotModified(null, null, null, url("/new308")));
        }

        @Test
        void temporaryRedirectIsPlainFetched() {
            wm.stubFor(get("/tmp").willReturn(status(302).withHeader("Location", "/tmp-target")));
            wm.stubFor(get("/tmp-target").willReturn(okXml(RSS)));

            assertThat(fetch("/tmp")).isInstanceOfSatisfying(FetchOutcome.Fetched.class,
                    fetched -> assertThat(fetched.finalUrl()).isEqualTo(url("/tmp-target")));
        }

        @Test
        void permanentMoveStopsAtTheFirstTemporaryHop() {
            wm.stubFor(get("/p1").willReturn(permanentRedirect("/p2")));
            wm.stubFor(get("/p2").willReturn(temporaryRedirect("/p3")));
            wm.stubFor(get("/p3").willReturn(okXml(RSS)));

            assertThat(fetch("/p1")).isInstanceOfSatisfying(FetchOutcome.Moved.class,
                    moved -> assertThat(moved.newUrl()).isEqualTo(url("/p2")));
        }

        @Test
        void redirectToAFileUrlIsRefused() {
            wm.stubFor(get("/to-file").willReturn(temporaryRedirect("file:///etc/passwd")));

            assertThat(fetch("/to-file")).isEqualTo(
                    new FetchOutcome.Failed(null, "fetch file:///etc/passwd: only http and https are fetched"));
        }
    }

    @Nested
    class Politeness {
        @Test
        void keepsAtMostTwoRequestsInFlightToOneHost() throws Exception {
            wm.stubFor(get(urlEqualTo("/slowish")).willReturn(okXml(RSS).withFixedDelay(300)));
            concurrency.reset();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<FetchOutcome>> results = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    results.add(pool.submit(() -> fetch("/slowish")));
                }
                for (Future<FetchOutcome> result : results) {
                    assertThat(result.get()).isInstanceOf(FetchOutcome.Fetched.class);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(concurrency.max()).isEqualTo(2);
        }
    }

    @Nested
    class LocalFiles {
        @TempDir
        Path dir;

        @Test
        void readsFileUrlAndAnswersNotModifiedWhileUnchanged() throws IOException {
            Path feed = Files.writeString(dir.resolve("feed.xml"), RSS);

            FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) fetcher.fetch(FetchRequest.of(feed.toUri(), TIMEOUT, MAX));

            assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
            assertThat(fetched.lastModified()).isNotNull();
            assertThat(fetcher.fetch(new FetchRequest(feed.toUri(), null, fetched.lastModified(), TIMEOUT, MAX)))
                    .isInstanceOf(FetchOutcome.NotModified.class);
        }

        @Test
        void refusesFileOverTheLimit() throws IOException {
            Path big = Files.write(dir.resolve("big.xml"), new byte[2048]);

            assertThat(fetcher.fetch(FetchRequest.of(big.toUri(), TIMEOUT, 1024))).isEqualTo(
                    new FetchOutcome.Failed(null, "fetch " + big.toUri() + ": file exceeds the limit of 1024 bytes"));
        }

        @Test
        void missingFileIsFailed() {
            URI missing = dir.resolve("none.xml").toUri();

            assertThat(fetcher.fetch(FetchRequest.of(missing, TIMEOUT, MAX)))
                    .isEqualTo(new FetchOutcome.Failed(null, "fetch " + missing + ": no such file"));
        }
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] gzipZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }

    /** Counts requests WireMock is serving at once, from match to response completion. */
    static final class ConcurrencyCounter implements ServeEventListener {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();

        @Override
        public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
        }

        @Override
        public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
            now.decrementAndGet();
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        @Override
        public String getName() {
            return "concurrency-counter";
        }

        void reset() {
            now.set(0);
            max.set(0);
        }

        int max() {
            return max.get();
        }
    }
}
