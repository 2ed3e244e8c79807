package org.rawafid.ops;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.config.ConfigLoader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class MetricsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    @Test
    void exposesFetchItemFeedAndDatabaseMetricsInPrometheusFormat() throws Exception {
        wm.stubFor(get("/a.rss").willReturn(aResponse().withBody("<rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://e.org/</link><description>d</description><item><guid>1</guid><title>خبر</title>"
                + "</item></channel></rss>")));
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("m.db") + "\nsources:\n  - id: a\n    url: "
                + wm.baseUrl() + "/a.rss\n    tags: [x]\nfeeds:\n  - id: all\n    title: t\n    tags: [x]\n");
        HttpClient http = HttpClient.newHttpClient();

        try (Server server = Server.start(new ConfigLoader().load(file), file, InstantSource.system(), "127.0.0.1", 0)) {
            server.app().refresher().refresh(server.live().config().sources().get(0));
            String base = "http://127.0.0.1:" + server.port();
            http.send(HttpRequest.newBuilder(URI.create(base + "/feeds/all.rss")).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(r.body())
                    .contains("rawafid_fetches_total{outcome=\"fetched\",source=\"a\"} 1.0")
                    .contains("rawafid_fetch_duration_seconds_bucket")
                    .contains("rawafid_items_total{kind=\"new\"} 1.0")
                    .contains("rawafid_feed_requests_total{feed=\"all\",format=\"rss\",status=\"200\"} 1.0")
                    .contains("rawafid_database_size_bytes").contains("rawafid_fetched_bytes_total{source=\"a\"}")
                    .contains("rawafid_stories_merged_total").contains("jvm_memory_used_bytes")
                    .contains("rawafid_schedule_lag_seconds");
        }
    }
}
