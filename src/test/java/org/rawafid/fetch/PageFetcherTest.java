package org.rawafid.fetch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class PageFetcherTest {
    static final String PAGE = "<html dir=\"rtl\"><body><article><p>نص المقال</p></article></body></html>";
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final long MAX = 1 << 20;

    @RegisterExtension
    static WireMockExtension wm = WireMocks.server();

    final FeedFetcher feeds = new FeedFetcher(FetchSettings.withUserAgent("RawafidTest/1.0"),
            new FakeClock(Instant.parse("2026-01-10T12:00:00Z")));

    URI url(String path) {
        return URI.create(wm.getRuntimeInfo().getHttpBaseUrl() + path);
    }

    @Test
    void refusesLoopbackHostByDefaultWithoutSendingARequest() {
        wm.stubFor(get("/article").willReturn(ok(PAGE)));

        FetchOutcome outcome = new PageFetcher(feeds, false).fetchPage(url("/article"), TIMEOUT, MAX);

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> {
            assertThat(failed.status()).isNull();
            assertThat(failed.reason()).startsWith("fetch page " + url("/article") + ": refused: localhost resolves to non-public address");
        });
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void fetchesLoopbackWhenPrivateNetworksAreAllowed() {
        wm.stubFor(get("/article").willReturn(ok(PAGE).withHeader("Content-Type", "text/html; charset=utf-8")));

        FetchOutcome outcome = new PageFetcher(feeds, true).fetchPage(url("/article"), TIMEOUT, MAX);

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, fetched -> {
            assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
            assertThat(fetched.contentType()).isEqualTo("text/html; charset=utf-8");
        });
        wm.verify(getRequestedFor(urlEqualTo("/article"))
                .withHeader("Accept", equalTo(PageFetcher.PAGE_ACCEPT))
                .withHeader("User-Agent", equalTo("RawafidTest/1.0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin", "http://[::1]/", "http://[fd00::1]/x"})
    void refusesARedirectHopToAPrivateAddress(String target) {
        wm.stubFor(get("/hop").willReturn(temporaryRedirect(target)));
        AddressGuard guard = new AddressGuard();
        // Only the test server's own loopback address is let through, standing in for a public site.
        PageFetcher pages = new PageFetcher(feeds, address -> address.getHostAddress().equals("127.0.0.1") || guard.isAllowed(address));

        FetchOutcome outcome = pages.fetchPage(URI.create("http://127.0.0.1:" + wm.getPort() + "/hop"), TIMEOUT, MAX);

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("fetch page " + target + ": refused:"));
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesNonHttpSchemes() {
        FetchOutcome outcome = new PageFetcher(feeds, true).fetchPage(URI.create("file:///etc/passwd"), TIMEOUT, MAX);

        assertThat(outcome).isEqualTo(new FetchOutcome.Failed(null, "fetch page file:///etc/passwd: only http and https pages are fetched"));
    }

    @Test
    void appliesTheSizeLimit() {
        wm.stubFor(get("/huge").willReturn(ok("x".repeat(4096))));

        FetchOutcome outcome = new PageFetcher(feeds, true).fetchPage(url("/huge"), TIMEOUT, 1024);

        assertThat(outcome).isEqualTo(new FetchOutcome.Failed(null, "fetch page " + url("/huge") + ": body exceeds the limit of 1024 bytes"));
    }
}
