package org.rawafid.ops;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.cli.RawafidCommand;
import org.rawafid.config.ConfigLoader;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes made outside the running service on its SQLite file ({@code rawafid fetch}, {@code prune}, another
 * process) reach its pages within about a second, and the WebSub hub hears of them (issue 13: the service
 * never noticed them).
 */
class OtherWritersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static String feed(String... titles) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < titles.length; i++) {
            items.append("<item><guid>g").append(i).append("</guid><title>").append(titles[i])
                    .append("</title><link>https://example.org/late/").append(i).append("</link></item>");
        }
        return "<rss version=\"2.0\"><channel><title>t</title><link>https://example.org/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    private static int fetch(Path config) {
        StringWriter err = new StringWriter();
        int code = RawafidCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "fetch", "-c", config.toString(), "late");
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    private static String read(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aFetchRunBesideTheServiceIsServedAndPingedWithinSeconds() throws Exception {
        wm.stubFor(post("/hub").willReturn(aResponse().withStatus(202)));
        wm.stubFor(get("/late.rss").willReturn(aResponse().withBody(feed("وصول أول قافلة مساعدات"))));
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("w.db") + "\n  baseUrl: https://news.example\n"
                + "  hub: " + wm.baseUrl() + "/hub\nsources:\n  - id: late\n    url: " + wm.baseUrl()
                + "/late.rss\n    interval: 1h\nfeeds:\n  - id: every\n    title: t\n    sources: [late]\n"
                + "    dedupe: exact\n");
        fetch(file); // stored, next fetch an hour away: the service will not fetch it again itself

        try (Server server = Server.start(new ConfigLoader().load(file), file, InstantSource.system(), "127.0.0.1", 0)) {
            String url = "http://127.0.0.1:" + server.port() + "/feeds/every.json";
            assertThat(read(url)).contains("late/0").doesNotContain("late/1");

            wm.stubFor(get("/late.rss").willReturn(aResponse()
                    .withBody(feed("وصول أول قافلة مساعدات", "انطلاق جولة مفاوضات جديدة"))));
            fetch(file);

            long deadline = System.nanoTime() + 10_000_000_000L;
            String body = read(url);
            while (!body.contains("late/1") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                body = read(url);
            }
            assertThat(body).as("served after the other process's write").contains("late/1");
            while (wm.findAll(postRequestedFor(urlEqualTo("/hub"))).isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(wm.findAll(postRequestedFor(urlEqualTo("/hub")))).as("hub pings").isNotEmpty();
        }
    }
}
