package org.rawafid.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.config.ConfigLoader;
import org.rawafid.publish.Cursor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: what any HTTP client can send must cost little and answer plainly. */
class HostileRequestsTest {
    @TempDir
    Path dir;

    private Server server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Path feed = Files.writeString(dir.resolve("a.rss"), "<rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://e.org/</link><description>d</description><item><guid>1</guid><title>خبر</title>"
                + "<link>https://e.org/1</link></item></channel></rss>");
        Path file = Files.writeString(dir.resolve("feeds.yml"), "service:\n  database: " + dir.resolve("h.db")
                + "\nsources:\n  - id: a\n    url: " + feed.toUri() + "\n    tags: [x]\n"
                + "feeds:\n  - id: all\n    title: t\n    tags: [x]\n");
        server = Server.start(new ConfigLoader().load(file), file, InstantSource.system(), "127.0.0.1", 0);
        server.app().refresher().refresh(server.live().config().sources().get(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * Row 7: before, every asked-for id became a series (25,000 ids: /metrics 11 KB → 8.7 MB). 5,000 ids are
     * enough to show it: on the old code they alone make /metrics several hundred KB.
     */
    @Test
    void randomFeedIdsShareOneUnknownMetricsSeries() throws Exception {
        Random random = new Random(18);
        // 250 at a time: well below the server's connection limit, so the client's kept-alive
        // connections carry every round and no request waits for an idle one to time out.
        for (int round = 0; round < 20; round++) {
            List<CompletableFuture<HttpResponse<Void>>> batch = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                String id = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                batch.add(http.sendAsync(request("/feeds/" + id + ".rss"), HttpResponse.BodyHandlers.discarding()));
            }
            batch.forEach(f -> assertThat(f.join().statusCode()).isEqualTo(404));
        }
        get("/feeds/all.rss");

        String metrics = get("/metrics").body();
        System.out.println("HostileRequestsTest: /metrics " + metrics.length() + " bytes after 5,000 unknown ids");

        assertThat(metrics).contains("rawafid_feed_requests_total{feed=\"unknown\",format=\"rss\",status=\"404\"} 5000.0")
                .contains("rawafid_feed_requests_total{feed=\"all\",format=\"rss\",status=\"200\"} 1.0");
        assertThat(metrics.lines().filter(l -> l.startsWith("rawafid_feed_requests_total{"))).hasSize(2);
        assertThat(metrics.length()).isLessThan(64 * 1024);
    }

    /** Row 14: a well-formed cursor at Instant.MAX was a 500 with a stack trace. */
    @Test
    void cursorBeyondTheStoresRangeIsABadRequest() throws Exception {
        for (String format : List.of("rss", "atom", "json", "html")) {
            HttpResponse<String> r = get("/feeds/all." + format + "?before=" + new Cursor(Instant.MAX, 1).encode());

            assertThat(r.statusCode()).as(format).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(r.body().lines()).hasSize(1);
        }
    }

    /** Row 9: one stored title with U+0001 made RSS and Atom of every feed holding it answer 500. */
    @Test
    void storedControlCharactersNeverFailAFormat() throws Exception {
        server.app().database().jdbc().sql("UPDATE item SET title = ?, link = ?")
                .params("خبر\u0001\uFFFE\u202E عاجل", "javascript:alert(1)").update();

        for (String path : List.of("/feeds/all.rss", "/feeds/all.atom", "/feeds/all.json", "/feeds/all.html",
                "/sources.opml", "/")) {
            HttpResponse<String> r = get(path);

            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("\u0001", "\uFFFE", "\u202E", "javascript:");
        }
        assertThat(get("/feeds/all.rss").body()).contains("خبر عاجل");
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}
