package org.rawafid.fetch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 row 8, "no SSRF by redirect": {@code news.example} stands for a public feed host. The
 * test resolver gives it a public address (TEST-NET-3) and dials that address at the local
 * WireMock, so the fetch only works when the connection goes to the address that was checked.
 */
class RedirectSsrfTest {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String RSS = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    static final String PUBLIC = "203.0.113.7";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();
    final Map<String, String> dns = new ConcurrentHashMap<>();

    /** news.example and rebind.example are ours to answer; every other name goes to the system. */
    final HostResolver resolver = new HostResolver() {
        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            lookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            String fixed = dns.get(host);
            return fixed != null ? List.of(InetAddress.getByName(fixed)) : HostResolver.SYSTEM.resolve(host);
        }

        @Override
        public InetSocketAddress dial(InetSocketAddress checked) {
            return checked.getAddress().getHostAddress().equals(PUBLIC)
                    ? new InetSocketAddress("127.0.0.1", wm.getPort()) : checked;
        }
    };

    @BeforeEach
    void names() {
        dns.put("news.example", PUBLIC);
        dns.put("rebind.example", "127.0.0.1");
        wm.stubFor(get("/internal.xml").willReturn(ok(RSS)));
        wm.stubFor(get("/feed.xml").willReturn(ok(RSS)));
    }

    FeedFetcher fetcher(boolean allowPrivateNetworks) {
        return new FeedFetcher(FetchSettings.withUserAgent("RawafidTest/1.0"), new FakeClock(Instant.EPOCH), resolver,
                allowPrivateNetworks);
    }

    FetchOutcome fetch(FeedFetcher fetcher, String url) {
        return fetcher.fetch(FetchRequest.of(URI.create(url), TIMEOUT, 1_000_000));
    }

    @Test
    void connectsToTheCheckedAddressWithoutResolvingAgain() {
        FetchOutcome outcome = fetch(fetcher(false), "http://news.example/feed.xml");

        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        assertThat(lookups.get("news.example")).hasValue(1);
        wm.verify(getRequestedFor(urlEqualTo("/feed.xml")).withHeader("Host",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("news.example")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:{port}/internal.xml", "http://localhost:{port}/internal.xml",
            "http://[::1]:{port}/internal.xml", "http://rebind.example:{port}/internal.xml",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/internal.xml", "http://0.0.0.0:{port}/internal.xml",
            "http://[::ffff:127.0.0.1]:{port}/internal.xml", "http://192.168.1.1/internal.xml"})
    void aPublicFeedCannotRedirectIntoThePrivateNetwork(String target) {
        String to = target.replace("{port}", Integer.toString(wm.getPort()));
        for (int status : new int[]{301, 302, 307, 308}) {
            wm.stubFor(get("/moved.xml").willReturn(aResponse().withStatus(status).withHeader("Location", to)));

            FetchOutcome outcome = fetch(fetcher(false), "http://news.example/moved.xml");

            assertThat(outcome).as("%d to %s", status, to).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).contains(": refused: ").contains("non-public address")
                            .contains("allowPrivateNetworks"));
        }
        wm.verify(0, getRequestedFor(urlEqualTo("/internal.xml")));
    }

    @Test
    void aPublicFeedWhoseNameTurnsPrivateIsRefused() {
        dns.put("news.example", "127.0.0.1");

        assertThat(fetch(fetcher(false), "http://news.example/feed.xml")).isInstanceOf(FetchOutcome.Failed.class);
        wm.verify(0, getRequestedFor(urlEqualTo("/feed.xml")));
    }

    @Test
    void allowPrivateNetworksLetsAnySourceFollowIntoThePrivateNetwork() {
        wm.stubFor(get("/moved.xml").willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + wm.getPort() + "/internal.xml")));

        assertThat(fetch(fetcher(true), "http://news.example/moved.xml")).isInstanceOf(FetchOutcome.Fetched.class);
    }

    @Test
    void aSourceOnThePrivateNetworkMayRedirectWithinIt() {
        wm.stubFor(get("/moved.xml").willReturn(aResponse().withStatus(301)
                .withHeader("Location", "http://127.0.0.1:" + wm.getPort() + "/internal.xml")));

        FetchOutcome outcome = fetch(fetcher(false), "http://localhost:" + wm.getPort() + "/moved.xml");

        assertThat(outcome).isInstanceOf(FetchOutcome.Moved.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "10.1.2.3", "localhost", "feeds.localhost", "intranet", "nas.local",
            "db.internal", "router.lan", "box.home.arpa", "192.168.0.9"})
    void privateHostsAreKnownByName(String host) {
        assertThat(AddressCheck.isPrivateHost(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.example", "alqaheranews.net", "93.184.216.34", "[2001:4860::1]", "local.example.com"})
    void publicHostsAreNot(String host) {
        assertThat(AddressCheck.isPrivateHost(host)).isFalse();
    }
}
