package org.rawafid.web;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.App;
import org.rawafid.LiveConfig;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19.3 and 13.3: {@code /} is cached like the feeds (same bytes and ETag until the data, the
 * configuration or a source's status changes, or a minute passes), answers If-None-Match with 304,
 * pages its source list and offers feed autodiscovery.
 */
class FrontPageTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T04:00:00Z"));
    private App app;
    private WebServer server;

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
        if (app != null) {
            app.close();
        }
    }

    private Config config(int extraSources) throws Exception {
        StringBuilder yml = new StringBuilder("service:\n  database: " + dir.resolve("r.db")
                + "\n  baseUrl: https://news.example/rawafid/\nsources:\n  - id: s\n    url: " + wm.baseUrl()
                + "/s.rss\n    interval: 1h\n");
        for (int i = 0; i < extraSources; i++) {
            yml.append("  - {id: x").append(i).append(", url: ").append(wm.baseUrl()).append("/x").append(i)
                    .append(".rss}\n");
        }
        yml.append("feeds:\n  - id: all\n    title: الكل\n    sources: [s]\n");
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, yml);
        return new ConfigLoader().load(file);
    }

    /** The app, catalog and server wired as {@code serve} wires them (Server's refresh listener). */
    private SiteCatalog start(Config config) {
        return start(config, () -> { });
    }

    private SiteCatalog start(Config config, Runnable afterRead) {
        AtomicReference<SiteCatalog> holder = new AtomicReference<>();
        app = App.open(config, dir.resolve("feeds.yml"), (InstantSource) now::get, (source, report) -> {
            if (report.newItems() > 0 || report.updatedItems() > 0) {
                holder.get().invalidate();
            } else {
                holder.get().sourceReported(source.id(), report.outcome());
            }
        });
        SiteCatalog catalog = new SiteCatalog(app, new LiveConfig(config), null, null, afterRead);
        holder.set(catalog);
        server = new WebServer(catalog, WebServer.FeedRequestCounter.NONE).start("127.0.0.1", 0);
        return catalog;
    }

    private HttpResponse<String> fetch(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String etag(HttpResponse<?> r) {
        return r.headers().firstValue("ETag").orElseThrow();
    }

    private void refresh(Config config, String body, int status) {
        wm.stubFor(get("/s.rss").willReturn(aResponse().withStatus(status).withBody(body)));
        app.refresher().refresh(config.sources().get(0));
    }

    private static String rss(int items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>مصدر</title><link>https://example.org/</link><description>d</description>");
        for (int i = 1; i <= items; i++) {
            b.append("<item><guid>g").append(i).append("</guid><title>عنوان ").append(i).append("</title><link>")
                    .append("https://example.org/n/").append(i).append("</link><pubDate>Sun, 06 Dec 2026 03:00:00 GMT")
                    .append("</pubDate><description>نص</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @Test
    void servesTheSameBytesAndETagUntilSomethingChangesAnd304OnRevalidation() throws Exception {
        Config config = config(0);
        start(config);
        refresh(config, rss(1), 200);

        HttpResponse<String> first = fetch("/", null);
        HttpResponse<String> second = fetch("/", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(etag(second)).isEqualTo(etag(first));
        assertThat(second.body()).isEqualTo(first.body());
        HttpResponse<String> revalidated = fetch("/", etag(first));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        refresh(config, rss(1), 200); // a poll that changes nothing shown
        assertThat(fetch("/", etag(first)).statusCode()).isEqualTo(304);

        refresh(config, rss(2), 200); // a new item
        HttpResponse<String> changed = fetch("/", etag(first));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("الأخبار: ٢");
    }

    @Test
    void aSavedSearchCountsItsHitsNotItsSourcesItems() throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("r.db") + "\nsources:\n  - id: s\n    url: "
                + wm.baseUrl() + "/s.rss\n    interval: 1h\nfeeds:\n  - id: all\n    title: الكل\n    sources: [s]\n"
                + "  - id: two\n    title: اثنان\n    sources: [s]\n    query: \"2\"\n");
        Config config = new ConfigLoader().load(file);
        start(config);
        refresh(config, rss(3), 200);

        String html = fetch("/", null).body();

        String all = html.substring(html.indexOf(">الكل</a>"));
        String two = html.substring(html.indexOf(">اثنان</a>"));
        assertThat(all.substring(0, all.indexOf("</span>"))).contains("الأخبار: ٣");
        assertThat(two.substring(0, two.indexOf("</span>"))).contains("الأخبار: ١");
    }

    @Test
    void aSourceThatStartsFailingShowsAtOnceAndRelativeTimesAreAtMostAMinuteOld() throws Exception {
        Config config = config(0);
        start(config);
        refresh(config, rss(1), 200);
        String before = etag(fetch("/", null));

        refresh(config, "down", 503);
        HttpResponse<String> failing = fetch("/", before);
        assertThat(failing.statusCode()).isEqualTo(200);
        assertThat(failing.body()).contains("status-bad");

        String cached = etag(failing);
        now.set(now.get().plus(Duration.ofSeconds(59)));
        assertThat(fetch("/", cached).statusCode()).isEqualTo(304);
        now.set(now.get().plus(Duration.ofHours(3)));
        assertThat(fetch("/", cached).statusCode()).as("re-rendered after a minute").isEqualTo(200);
    }

    @Test
    void offersAutodiscoveryLinksWithAbsoluteUrlsFromBaseUrl() throws Exception {
        start(config(0));

        String html = fetch("/", null).body();

        assertThat(html).contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"الكل (Atom)\""
                        + " href=\"https://news.example/rawafid/feeds/all.atom\">")
                .contains("type=\"application/rss+xml\" title=\"الكل (RSS)\" href=\"https://news.example/rawafid/feeds/all.rss\"")
                .contains("type=\"application/feed+json\" title=\"الكل (JSON Feed)\""
                        + " href=\"https://news.example/rawafid/feeds/all.json\"");
        assertThat(html.indexOf("rel=\"alternate\"")).isLessThan(html.indexOf("</head>"));
    }

    @Test
    void pagesTheSourceListBeyond200AndRefusesPagesThatDoNotExist() throws Exception {
        start(config(449));

        HttpResponse<String> overview = fetch("/", null);
        assertThat(overview.body()).contains("status-summary\">").contains("href=\"?page=1\"")
                .doesNotContain("<tbody>");
        HttpResponse<String> last = fetch("/?page=3", null);
        assertThat(last.statusCode()).isEqualTo(200);
        assertThat(last.body().split("<tr>", -1)).hasSize(1 + 1 + 50); // header row + 50 sources
        assertThat(etag(fetch("/?page=3", null))).isEqualTo(etag(last));
        assertThat(fetch("/?page=4", null).statusCode()).isEqualTo(404);
        assertThat(fetch("/?page=0", null).statusCode()).isEqualTo(400);
        assertThat(fetch("/?page=two", null).body()).isEqualTo("bad request: page must be a whole number from 1, not \"two\"\n");
    }

    @Test
    void readersArrivingDuringARenderWaitForItInsteadOfRenderingAgain() throws Exception {
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch inRender = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        SiteCatalog catalog = start(config(0), () -> {
            if (renders.incrementAndGet() == 1) {
                inRender.countDown();
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<Representation>> pages = new java.util.ArrayList<>();
        pages.add(readers.submit(() -> catalog.index()));
        assertThat(inRender.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        java.util.List<Thread> waiting = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 7; i++) {
            pages.add(readers.submit(() -> {
                waiting.add(Thread.currentThread());
                return catalog.index();
            }));
        }
        // The seven block on the render lock (no sleeping: spin until the JVM reports them blocked).
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while ((waiting.size() < 7 || waiting.stream().anyMatch(t -> t.getState() != Thread.State.BLOCKED))
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();

        java.util.Set<String> etags = new java.util.HashSet<>();
        for (var page : pages) {
            etags.add(page.get(10, java.util.concurrent.TimeUnit.SECONDS).etag());
        }
        readers.shutdown();
        assertThat(etags).hasSize(1);
        assertThat(renders.get()).isEqualTo(1);
    }
}
