package org.rawafid.publish;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

class WebSubPublisherTest {
    private static final String TOPIC = "http://localhost:8080/feeds/arabic-news.atom";

    static {
        // Jing pulls Saxon onto the test classpath, and Saxon's TransformerFactory rejects the
        // "indent-number" attribute WireMock sets at start-up; use the JDK's own factory.
        System.setProperty("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    }

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final WebSubPublisher publisher = new WebSubPublisher(HttpClient.newHttpClient(), scheduler,
            URI.create(hub.baseUrl() + "/hub"), new WebSubPublisher.Retry(3, Duration.ofMillis(5)));

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    /** Issue 18: a hub host that resolves to a private address is refused before anything is sent. */
    @Test
    void aPublicHubNameResolvingToLoopbackIsRefused() throws Exception {
        hub.stubFor(post("/hub").willReturn(aResponse().withStatus(204)));
        WebSubPublisher guarded = new WebSubPublisher(guardedClient("127.0.0.1"), scheduler,
                URI.create("http://hub.example:" + hub.getPort() + "/hub"), new WebSubPublisher.Retry(1, Duration.ofMillis(5)));

        WebSubPublisher.Ping ping = guarded.ping(TOPIC).get(10, TimeUnit.SECONDS);

        assertThat(ping).isInstanceOfSatisfying(WebSubPublisher.GaveUp.class,
                g -> assertThat(g.reason()).contains("refused").contains("127.0.0.1"));
        hub.verify(0, postRequestedFor(urlEqualTo("/hub")));
    }

    @Test
    void aPublicHubIsPingedAtTheAddressThatWasChecked() throws Exception {
        hub.stubFor(post("/hub").willReturn(aResponse().withStatus(204)));
        WebSubPublisher guarded = new WebSubPublisher(guardedClient("203.0.113.9"), scheduler,
                URI.create("http://hub.example/hub"), new WebSubPublisher.Retry(1, Duration.ofMillis(5)));

        assertThat(guarded.ping(TOPIC).get(10, TimeUnit.SECONDS)).isEqualTo(new WebSubPublisher.Delivered(TOPIC, 1));
        hub.verify(1, postRequestedFor(urlEqualTo("/hub")).withHeader("Host", equalTo("hub.example")));
    }

    /** hub.example resolves to {@code address}; the public test address is dialled at the WireMock hub. */
    private static HttpClient guardedClient(String address) {
        org.rawafid.fetch.HostResolver resolver = new org.rawafid.fetch.HostResolver() {
            @Override
            public java.util.List<java.net.InetAddress> resolve(String host) throws java.net.UnknownHostException {
                return java.util.List.of(java.net.InetAddress.getByName(host.equals("hub.example") ? address : host));
            }

            @Override
            public java.net.InetSocketAddress dial(java.net.InetSocketAddress checked) {
                return checked.getAddress().getHostAddress().equals("203.0.113.9")
                        ? new java.net.InetSocketAddress("127.0.0.1", hub.getPort()) : checked;
            }
        };
        return HttpClient.newBuilder().proxy(new org.rawafid.fetch.GuardedProxySelector(resolver, false)).build();
    }

    @Test
    void postsAFormEncodedPublishPingAndReportsDelivery() throws Exception {
        hub.stubFor(post("/hub").willReturn(aResponse().withStatus(204)));

        WebSubPublisher.Ping ping = publisher.ping(TOPIC).get(10, TimeUnit.SECONDS);

        assertThat(ping).isEqualTo(new WebSubPublisher.Delivered(TOPIC, 1));
        hub.verify(1, postRequestedFor(urlEqualTo("/hub"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("hub.mode", equalTo("publish"))
                .withFormParam("hub.url", equalTo(TOPIC)));
    }

    @Test
    void retriesAfterServerErrorsUntilTheHubAccepts() throws Exception {
        hub.stubFor(post("/hub").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        hub.stubFor(post("/hub").inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        hub.stubFor(post("/hub").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(202)));

        WebSubPublisher.Ping ping = publisher.ping(TOPIC).get(10, TimeUnit.SECONDS);

        assertThat(ping).isEqualTo(new WebSubPublisher.Delivered(TOPIC, 3));
        hub.verify(3, postRequestedFor(urlEqualTo("/hub")));
    }

    @Test
    void givesUpAfterTheLastAttempt() throws Exception {
        hub.stubFor(post("/hub").willReturn(aResponse().withStatus(502)));

        WebSubPublisher.Ping ping = publisher.ping(TOPIC).get(10, TimeUnit.SECONDS);

        assertThat(ping).isEqualTo(new WebSubPublisher.GaveUp(TOPIC, 3, "HTTP 502"));
        hub.verify(3, postRequestedFor(urlEqualTo("/hub")));
    }

    @Test
    void doesNotRetryAClientError() throws Exception {
        hub.stubFor(post("/hub").willReturn(aResponse().withStatus(400)));

        assertThat(publisher.ping(TOPIC).get(10, TimeUnit.SECONDS)).isEqualTo(new WebSubPublisher.GaveUp(TOPIC, 1, "HTTP 400"));
        hub.verify(1, postRequestedFor(urlEqualTo("/hub")));
    }

    @Test
    void retriesWhenTheHubIsUnreachable() throws Exception {
        WebSubPublisher unreachable = new WebSubPublisher(HttpClient.newHttpClient(), scheduler,
                URI.create("http://127.0.0.1:1/hub"), new WebSubPublisher.Retry(2, Duration.ofMillis(5)));

        WebSubPublisher.Ping ping = unreachable.ping(TOPIC).get(10, TimeUnit.SECONDS);

        assertThat(ping).isInstanceOf(WebSubPublisher.GaveUp.class);
        assertThat(ping.attempts()).isEqualTo(2);
    }

    @Test
    void pingsTheFirstPageOfEveryFeedFormat() throws Exception {
        hub.stubFor(post("/hub").willReturn(aResponse().withStatus(204)));

        List<WebSubPublisher.Ping> pings = publisher.publish(SampleFeeds.feed()).get(10, TimeUnit.SECONDS);

        assertThat(pings).extracting(WebSubPublisher.Ping::topic).containsExactly(
                "http://localhost:8080/feeds/arabic-news.rss", "http://localhost:8080/feeds/arabic-news.atom",
                "http://localhost:8080/feeds/arabic-news.json");
        assertThat(pings).allMatch(p -> p instanceof WebSubPublisher.Delivered);
        hub.verify(3, postRequestedFor(urlEqualTo("/hub")));
    }
}
