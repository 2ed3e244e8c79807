package org.rawafid.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.store.Database;
import org.rawafid.store.TestPostgres;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of a cluster as real child processes on one PostgreSQL; one is killed with
 * SIGKILL in the middle of a round of fetches. The survivor takes every source over —
 * those the dead node had taken or was fetching included — within Quartz's failure
 * detection (check-in interval + 7.5 s), and the database holds each item and story once.
 */
class ClusterNodeCrashTest {
    private static final int SOURCES = 20;
    private static final Duration INTERVAL = Duration.ofSeconds(30);
    /** Failure detection (1 s check-in + Quartz's 7.5 s) plus a busy machine's lateness. */
    private static final Duration TAKEOVER = Duration.ofSeconds(20);

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static String feed(int source) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            items.append("<item><guid>s").append(source).append('-').append(i).append("</guid><title>خبر ").append(i)
                    .append(" من المصدر ").append(source).append(" عن موضوع ").append(source * 10 + i)
                    .append("</title><link>https://example.org/").append(source).append('/').append(i)
                    .append("</link><pubDate>Sat, 28 Nov 2026 0").append(i).append(":00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>مصدر " + source
                + "</title><link>https://example.org/</link><description>d</description>" + items + "</channel></rss>";
    }

    private Map<String, List<Instant>> requests() {
        return Fixtures.requestsBySource(wm, "/s[0-9]+\\.rss");
    }

    private Process node(Path config, String name) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Drawafid.startWindowSeconds=1", "-Drawafid.cluster.checkinMillis=1000",
                "-Drawafid.cluster.idleWaitMillis=1000", "-cp", System.getProperty("java.class.path"),
                "org.rawafid.Main", "serve", "-c", config.toString(), "--port", "0");
        File log = Path.of("target", "cluster-" + name + ".log").toFile();
        Files.createDirectories(log.toPath().getParent());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log).start();
    }

    private void awaitRequests(int perSource, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, List<Instant>> r = requests();
            if (r.size() == SOURCES && r.values().stream().allMatch(l -> l.size() >= perSource)) {
                return;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void theSurvivorTakesOverEverySourceOfANodeKilledMidRound() throws Exception {
        StringBuilder sources = new StringBuilder();
        for (int s = 0; s < SOURCES; s++) {
            wm.stubFor(get("/s" + s + ".rss").willReturn(aResponse().withBody(feed(s))
                    .withHeader("Content-Type", "application/rss+xml").withFixedDelay(200)));
            sources.append("  - id: s").append(s).append("\n    url: ").append(wm.baseUrl()).append("/s").append(s)
                    .append(".rss\n    interval: 30s\n    tags: [all]\n");
        }
        String database = TestPostgres.newDatabaseUrl();
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, "service:\n  database: " + database + "\nsources:\n" + sources
                + "feeds:\n  - id: all\n    title: الكل\n    tags: [all]\n");

        Process victim = node(config, "victim");
        Process survivor = node(config, "survivor");
        try {
            awaitRequests(1, Duration.ofSeconds(60));
            Instant firstRound = requests().values().stream().map(l -> l.get(0)).max(Comparator.naturalOrder())
                    .orElseThrow();
            // Kill the victim in the middle of the second round (sources are due ~30 s after the
            // first, and each response takes 200 ms), while it holds triggers and runs fetches.
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), firstRound.plus(INTERVAL)).toMillis()));
            victim.destroyForcibly().waitFor();
            Instant killed = Instant.now();
            awaitRequests(3, INTERVAL.multipliedBy(2).plus(TAKEOVER).plus(Duration.ofSeconds(10)));

            Map<String, List<Instant>> requests = requests();
            assertThat(requests).hasSize(SOURCES);
            System.out.println("cluster-crash: seconds from the kill to each source's next fetch: " + requests.values()
                    .stream().map(l -> l.stream().filter(t -> t.isAfter(killed)).findFirst()
                            .map(t -> Duration.between(killed, t).toMillis() / 1000.0).orElse(-1.0)).toList());
            requests.forEach((source, times) -> {
                List<Instant> after = times.stream().filter(t -> t.isAfter(killed)).toList();
                assertThat(after).as("%s fetched after the kill at %s: %s", source, killed, times).isNotEmpty();
                assertThat(Duration.between(killed, after.get(0))).as("%s taken over in time: %s", source, times)
                        .isLessThanOrEqualTo(INTERVAL.plus(TAKEOVER));
                assertThat(times.size()).as("%s fetched on (three rounds)", source).isGreaterThanOrEqualTo(3);
            });
        } finally {
            victim.destroyForcibly().waitFor();
            survivor.destroy();
            survivor.waitFor();
        }
        try (Database db = Database.open(database)) {
            var jdbc = db.jdbc();
            assertThat(jdbc.sql("SELECT count(*) FROM item").query(Long.class).single()).isEqualTo(SOURCES * 5);
            assertThat(jdbc.sql("SELECT count(*) FROM story").query(Long.class).single()).isEqualTo(
                    jdbc.sql("SELECT count(DISTINCT story_id) FROM item").query(Long.class).single());
            assertThat(jdbc.sql("SELECT count(*) FROM item WHERE story_id IS NULL").query(Long.class).single()).isZero();
        }
        System.out.println("cluster-crash: requests per source " + requests().values().stream().map(List::size).toList());
    }
}
