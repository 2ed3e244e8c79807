package org.rawafid.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;
import org.rawafid.config.Source;
import org.rawafid.store.Database;
import org.rawafid.store.MadeUpWords;
import org.rawafid.store.TestPostgres;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three Rawafid nodes in one JVM — each a whole {@link Server} with its own Quartz scheduler,
 * connection pool and HTTP port — on one PostgreSQL database and 30 WireMock sources: every
 * source is fetched exactly once per interval by the cluster as a whole (WireMock's request
 * log), no item or story is stored twice, every node serves the same bytes (also right after
 * another node stored something new), and when one node stops, the other two keep every
 * source on its interval.
 */
class ClusterEndToEndTest {
    private static final int SOURCES = 30;
    /** Shorter than feeds.yml allows (30 s), set on the loaded configuration, so the test takes a minute. */
    private static final Duration INTERVAL = Duration.ofSeconds(5);
    /** Quartz's fire time is never early; the request may reach WireMock a little before the last one's log time. */
    private static final Duration EARLY = Duration.ofMillis(300);
    /** Allowed lateness of a fetch: queueing behind the host limit, one idle-wait, a busy 2-core machine. */
    private static final Duration LATE = Duration.ofMillis(4500);

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    private final List<Server> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void fastCluster() {
        System.setProperty("rawafid.startWindowSeconds", "2");
        System.setProperty("rawafid.cluster.checkinMillis", "1000");
        System.setProperty("rawafid.cluster.idleWaitMillis", "1000");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("rawafid.startWindowSeconds");
        System.clearProperty("rawafid.cluster.checkinMillis");
        System.clearProperty("rawafid.cluster.idleWaitMillis");
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(Server::close);
    }

    private static String feed(int source, int items) {
        return Fixtures.rss(IntStream.range(0, items).mapToObj(i -> Fixtures.rssItem("s" + source + "-" + i,
                "خبر " + MadeUpWords.of(source * 100 + i), "<p>" + MadeUpWords.of(source * 100 + i + 50) + " قال مسؤولون.</p>",
                "Sat, 28 Nov 2026 %02d:%02d:00 GMT".formatted(8 + i, source))).toArray(String[]::new));
    }

    private void serve(int source, int items) {
        String etag = "\"s" + source + "-" + items + "\"";
        wm.stubFor(get("/s" + source + ".rss").willReturn(aResponse().withStatus(200).withHeader("ETag", etag)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody(feed(source, items))));
        wm.stubFor(get("/s" + source + ".rss").withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304)));
    }

    private Config config(String database) throws Exception {
        StringBuilder yml = new StringBuilder("""
                service:
                  database: %s
                  baseUrl: http://localhost:8080
                defaults:
                  interval: 30s
                sources:
                """.formatted(database));
        for (int i = 0; i < SOURCES; i++) {
            yml.append("  - id: s%d\n    url: %s/s%d.rss\n    tags: [news]\n".formatted(i, wm.baseUrl(), i));
        }
        yml.append("""
                feeds:
                  - id: all
                    title: كل الأخبار
                    tags: [news]
                    limit: 100
                """);
        Path file = Fixtures.writeConfig(dir, yml.toString());
        Config loaded = new ConfigLoader().load(file);
        List<Source> fast = loaded.sources().stream().map(s -> new Source(s.id(), s.url(), s.title(), INTERVAL,
                s.timeout(), s.maxBytes(), s.language(), s.tags(), s.enabled(), s.fullText(), s.extract())).toList();
        return new Config(loaded.service(), loaded.defaults(), fast, loaded.feeds());
    }

    private Server start(Config config) {
        Server node = Server.start(config, dir.resolve("feeds.yml"), InstantSource.system(), "127.0.0.1", 0);
        nodes.add(node);
        return node;
    }

    private String body(Server node, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(path + " on node :" + node.port()).isEqualTo(200);
        return r.body();
    }

    private Map<String, List<Instant>> requests() {
        return Fixtures.requestsBySource(wm, "/s[0-9]+\\.rss");
    }

    /** Fetches per node, from each node's own metrics. */
    private static double fetchesBy(Server node) {
        return node.app().registry().find("rawafid.fetches").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    /**
     * Every source: consecutive fetches at least one interval apart (never twice in an interval)
     * and at most one interval plus {@link #LATE} apart (never skipped), from {@code from} on.
     */
    private static void assertOncePerInterval(Map<String, List<Instant>> requests, Instant from, Instant to) {
        assertThat(requests).hasSize(SOURCES);
        requests.forEach((source, times) -> {
            List<Instant> window = times.stream().filter(t -> !t.isBefore(from) && !t.isAfter(to)).toList();
            assertThat(window).as("%s fetched in %s .. %s", source, from, to).isNotEmpty();
            assertThat(Duration.between(from, window.get(0))).as("%s: first fetch after %s", source, from)
                    .isLessThanOrEqualTo(INTERVAL.plus(LATE));
            for (int i = 1; i < window.size(); i++) {
                Duration gap = Duration.between(window.get(i - 1), window.get(i));
                assertThat(gap).as("%s: gap before fetch %d at %s (all: %s)", source, i, window.get(i), window)
                        .isGreaterThanOrEqualTo(INTERVAL.minus(EARLY))
                        .isLessThanOrEqualTo(INTERVAL.plus(LATE));
            }
            assertThat(Duration.between(window.get(window.size() - 1), to)).as("%s: last fetch before %s", source, to)
                    .isLessThanOrEqualTo(INTERVAL.plus(LATE));
        });
    }

    @Test
    void threeNodesFetchEachSourceOncePerIntervalServeTheSameFeedsAndTakeOverFromAStoppedNode() throws Exception {
        for (int i = 0; i < SOURCES; i++) {
            serve(i, 2);
        }
        String database = TestPostgres.newDatabaseUrl();
        Config config = config(database);
        Server a = start(config);
        Server b = start(config);
        Server c = start(config);
        Instant started = Instant.now();

        // Four intervals with all three nodes; halfway, one source publishes a third item.
        Thread.sleep(INTERVAL.multipliedBy(2).toMillis());
        for (Server node : nodes) {
            body(node, "/feeds/all.json"); // every node has the page cached now
        }
        serve(7, 3);
        Thread.sleep(INTERVAL.multipliedBy(2).toMillis());
        Instant phaseOneEnd = Instant.now();

        Map<String, List<Instant>> phaseOne = requests();
        assertOncePerInterval(phaseOne, started.plus(INTERVAL), phaseOneEnd);
        assertThat(List.of(fetchesBy(a), fetchesBy(b), fetchesBy(c))).as("every node did part of the fetching")
                .allMatch(n -> n > 0);
        String newest = "خبر " + MadeUpWords.of(7 * 100 + 2);
        List<String> feeds = new ArrayList<>();
        for (Server node : nodes) {
            feeds.add(body(node, "/feeds/all.json"));
        }
        assertThat(feeds.get(0)).contains(newest);
        assertThat(feeds).as("every node serves the same bytes, the new item included").containsOnly(feeds.get(0));

        // One node stops; the other two carry on with all 30 sources.
        a.close();
        nodes.remove(a);
        Instant stopped = Instant.now();
        double before = fetchesBy(b) + fetchesBy(c);
        Thread.sleep(INTERVAL.multipliedBy(4).toMillis());
        Instant end = Instant.now();

        assertOncePerInterval(requests(), stopped, end);
        assertThat(fetchesBy(b) + fetchesBy(c) - before).isGreaterThanOrEqualTo(SOURCES * 3);
        assertThat(body(b, "/feeds/all.json")).isEqualTo(body(c, "/feeds/all.json"));

        try (Database db = Database.open(database)) {
            var jdbc = db.jdbc();
            assertThat(jdbc.sql("SELECT count(*) FROM item").query(Long.class).single()).isEqualTo(SOURCES * 2 + 1);
            assertThat(jdbc.sql("SELECT count(*) FROM (SELECT source_id, item_key FROM item GROUP BY source_id, item_key"
                    + " HAVING count(*) > 1) d").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM story").query(Long.class).single()).isEqualTo(SOURCES * 2 + 1);
            assertThat(jdbc.sql("SELECT count(*) FROM item WHERE story_id IS NULL").query(Long.class).single()).isZero();
        }
        Map<String, Long> counts = requests().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        System.out.println("cluster: requests per source over " + Duration.between(started, end).toSeconds() + " s: "
                + counts);
    }
}
