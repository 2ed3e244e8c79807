package org.rawafid.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebServerTest {
    private static final Instant UPDATED = Instant.parse("2026-11-28T10:15:30Z");
    private static final String ARABIC = "<rss><channel><title>أخبار عربية</title></channel></rss>";

    /** A hand-written catalog with one feed, "news". */
    private static final class FakeCatalog implements Catalog {
        @Override
        public Representation index() {
            return Representation.text("<html dir=\"rtl\"></html>", "text/html; charset=utf-8", UPDATED);
        }

        @Override
        public Optional<Representation> feed(String id, String format, String cursor) {
            if (!id.equals("news")) {
                return Optional.empty();
            }
            if (cursor != null && !cursor.equals("good")) {
                throw new BadCursorException("unknown cursor");
            }
            return Optional.of(Representation.of(ARABIC.getBytes(StandardCharsets.UTF_8),
                    "application/rss+xml; charset=utf-8", UPDATED, Duration.ofMinutes(10)));
        }

        @Override
        public Representation opml() {
            return Representation.text("<opml/>", "text/x-opml", UPDATED);
        }

        @Override
        public Health health() {
            return new Health(false, "{\"status\":\"degraded\"}".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String metrics() {
            return "rawafid_up 1\n";
        }
    }

    private WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = new WebServer(new FakeCatalog(), WebServer.FeedRequestCounter.NONE).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesFeedWithStrongEtagLastModifiedAndCacheControl() throws Exception {
        HttpResponse<byte[]> r = get("/feeds/news.rss");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(ARABIC);
        assertThat(r.headers().firstValue("ETag").orElseThrow()).startsWith("\"").doesNotStartWith("W/");
        assertThat(r.headers().firstValue("Last-Modified")).contains("Sat, 28 Nov 2026 10:15:30 GMT");
        assertThat(r.headers().firstValue("Cache-Control")).contains("public, max-age=600");
        assertThat(r.headers().firstValue("Content-Type")).contains("application/rss+xml; charset=utf-8");
        assertThat(r.headers().firstValue("Vary")).contains("Accept-Encoding");
    }

    @Test
    void answersRevalidationWith304AndNoBody() throws Exception {
        String etag = get("/feeds/news.rss").headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> byEtag = get("/feeds/news.rss", "If-None-Match", etag);
        HttpResponse<byte[]> byDate = get("/feeds/news.rss", "If-Modified-Since", "Sat, 28 Nov 2026 10:15:30 GMT");
        HttpResponse<byte[]> stale = get("/feeds/news.rss", "If-None-Match", "\"other\"");

        assertThat(byEtag.statusCode()).isEqualTo(304);
        assertThat(byEtag.body()).isEmpty();
        assertThat(byEtag.headers().firstValue("ETag")).contains(etag);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    void olderIfModifiedSinceGetsTheBody() throws Exception {
        assertThat(get("/feeds/news.rss", "If-Modified-Since", "Fri, 27 Nov 2026 10:15:30 GMT").statusCode())
                .isEqualTo(200);
    }

    @Test
    void gzipsWhenAcceptedAndOnlyThen() throws Exception {
        HttpResponse<byte[]> gz = get("/feeds/news.rss", "Accept-Encoding", "gzip, deflate");
        HttpResponse<byte[]> plain = get("/feeds/news.rss", "Accept-Encoding", "gzip;q=0, identity");

        assertThat(gz.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(ARABIC);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(ARABIC);
    }

    @Test
    void headHasHeadersButNoBody() throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/feeds/news.rss"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("ETag")).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"/feeds/nope.rss,404", "/feeds/news.xml,404", "/feeds/NEWS.rss,404", "/elsewhere,404",
            "/feeds/news.rss?before=garbage,400", "/feeds/news.rss?before=good,200"})
    void answersUnknownFeedsAndBadCursorsPlainly(String path, int status) throws Exception {
        HttpResponse<byte[]> r = get(path);

        assertThat(r.statusCode()).isEqualTo(status);
        if (status != 200) {
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(r.body()).isNotEmpty();
        }
    }

    /** Issue 18: the number of open connections is bounded; the next is served once one closes. */
    @Test
    void boundsOpenConnections() throws Exception {
        try (WebServer limited = new WebServer(new FakeCatalog(), WebServer.FeedRequestCounter.NONE, 4)
                .start("127.0.0.1", 0)) {
            java.util.List<java.net.Socket> held = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                held.add(new java.net.Socket("127.0.0.1", limited.port()));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + limited.port() + "/healthz"))
                    .timeout(Duration.ofSeconds(1)).build();

            assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(java.net.http.HttpTimeoutException.class);

            for (java.net.Socket s : held) {
                s.close();
            }
            HttpRequest later = HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(10)).build();
            assertThat(HttpClient.newHttpClient().send(later, HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(503);
        }
    }

    @Test
    void healthIs503WhenDegraded() throws Exception {
        HttpResponse<byte[]> r = get("/healthz");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("degraded");
    }

    @Test
    void servesIndexOpmlAndMetrics() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/sources.opml").statusCode()).isEqualTo(200);
        assertThat(new String(get("/metrics").body(), StandardCharsets.UTF_8)).contains("rawafid_up 1");
    }
}
