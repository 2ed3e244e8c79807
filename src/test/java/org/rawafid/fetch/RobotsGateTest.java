package org.rawafid.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** robots.txt fetched once per host, kept for a day, and read for our product token. */
class RobotsGateTest {
    @RegisterExtension
    static WireMockExtension wm = WireMocks.server();

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final FakeClock clock = new FakeClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final RobotsGate gate = new RobotsGate(new FeedFetcher(FetchSettings.withUserAgent("Rawafid/1.0 (+x)"),
            clock), "Rawafid/1.0 (+https://example.org)", clock);

    private URI url(String path) {
        return URI.create(wm.getRuntimeInfo().getHttpBaseUrl() + path);
    }

    @Test
    void refusesDisallowedPagesWithAReasonAndAsksTheHostOncePerDay() {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withBody("User-agent: Rawafid\nDisallow: /news/\n")));

        assertThat(gate.refusal(url("/news/1"), TIMEOUT)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("robots.txt").contains("disallows /news/1 for Rawafid"));
        assertThat(gate.refusal(url("/latest"), TIMEOUT)).isEmpty();
        wm.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));

        clock.advance(RobotsGate.TTL.plusSeconds(1));
        gate.refusal(url("/latest"), TIMEOUT);
        wm.verify(2, getRequestedFor(urlEqualTo("/robots.txt")));
    }

    @Test
    void noRobotsTxtMeansEverythingIsAllowed() {
        assertThat(gate.refusal(url("/anything"), TIMEOUT)).isEmpty();
    }

    @Test
    void anUnreachableRobotsTxtDisallowsForAWhileOnly() {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(503)));
        assertThat(gate.refusal(url("/a"), TIMEOUT)).hasValueSatisfying(r -> assertThat(r).contains("unreachable"));

        wm.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(404)));
        clock.advance(RobotsGate.RETRY.plusSeconds(1));
        assertThat(gate.refusal(url("/a"), TIMEOUT)).isEmpty();
    }

    @Test
    void localFilesHaveNoRobotsTxt() {
        assertThat(gate.refusal(URI.create("file:///tmp/listing.html"), TIMEOUT)).isEmpty();
    }

    @Test
    void takesTheProductTokenFromTheUserAgent() {
        assertThat(RobotsGate.productToken("Rawafid/1.0 (+https://example.org/rawafid)")).isEqualTo("Rawafid");
        assertThat(RobotsGate.productToken("MyReader")).isEqualTo("MyReader");
    }
}
