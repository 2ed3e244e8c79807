package org.rawafid.ops;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.config.ConfigLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** When a merged feed changes and service.hub is set, the hub is pinged for each format; no change, no ping. */
class WebSubOnChangeTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static String feed(String... titles) {
        StringBuilder items = new StringBuilder();
        for (String t : titles) {
            items.append("<item><guid>").append(t.hashCode()).append("</guid><title>").append(t).append("</title></item>");
        }
        return "<rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link><description>d</description>"
                + items + "</channel></rss>";
    }

    @Test
    void pingsTheHubOncePerChange() throws Exception {
        wm.stubFor(post("/hub").willReturn(aResponse().withStatus(202)));
        wm.stubFor(get("/a.rss").willReturn(aResponse().withBody(feed("خبر أول"))));
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("w.db") + "\n  baseUrl: https://news.example\n"
                + "  hub: " + wm.baseUrl() + "/hub\nsources:\n  - id: a\n    url: " + wm.baseUrl()
                + "/a.rss\n    interval: 1h\n    tags: [x]\nfeeds:\n  - id: all\n    title: t\n    tags: [x]\n");

        try (Server server = Server.start(new ConfigLoader().load(file), file, InstantSource.system(), "127.0.0.1", 0)) {
            var source = server.live().config().sources().get(0);
            server.app().refresher().refresh(source);
            awaitPings(3);
            server.app().refresher().refresh(source); // nothing new: no ping

            wm.stubFor(get("/a.rss").willReturn(aResponse().withBody(feed("خبر أول", "خبر ثان"))));
            server.app().refresher().refresh(source);
            awaitPings(6);
            Thread.sleep(500);
        }
        wm.verify(6, postRequestedFor(urlEqualTo("/hub")).withRequestBody(containing("hub.mode=publish")));
        wm.verify(2, postRequestedFor(urlEqualTo("/hub"))
                .withRequestBody(containing("hub.url=https%3A%2F%2Fnews.example%2Ffeeds%2Fall.atom")));
    }

    private static void awaitPings(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (wm.findAll(postRequestedFor(urlEqualTo("/hub"))).size() < n) {
            assertThat(System.nanoTime()).as("hub pinged " + n + " times").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
