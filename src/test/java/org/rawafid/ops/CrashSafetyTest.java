package org.rawafid.ops;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.store.Database;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the real service as a child process on WireMock sources, {@code kill -9}s it at
 * random moments while it fetches, restarts it, and checks that nothing committed is lost,
 * nothing is duplicated, the database is intact and fetching resumes.
 */
class CrashSafetyTest {
    private static final int SOURCES = 20;
    private static final int ITEMS = 30;
    /** Each round starts a JVM and kills it (~8 s); twelve keep the suite under ten minutes. */
    private static final int ROUNDS = 12;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    /** Each round serves a newer version of every feed: SHIFT new items, so every round writes. */
    private static final int SHIFT = 3;

    private static String feed(int source, int version) {
        StringBuilder items = new StringBuilder();
        for (int i = version * SHIFT; i < version * SHIFT + ITEMS; i++) {
            items.append("<item><guid>s").append(source).append("-").append(i).append("</guid>")
                    .append("<title>خبر رقم ").append(i).append(" من المصدر ").append(source).append(" عن الاقتصاد</title>")
                    .append("<link>https://example.org/").append(source).append('/').append(i).append("</link>")
                    .append("<pubDate>Sat, 28 Nov 2026 ").append(String.format("%02d", i % 24))
                    .append(":00:00 GMT</pubDate><description>&lt;p&gt;نص الخبر ").append(i)
                    .append(" الطويل بعض الشيء عن موضوع مختلف ").append(source * 100 + i)
                    .append("&lt;/p&gt;</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>مصدر " + source
                + "</title><link>https://example.org/</link><description>d</description>" + items
                + "</channel></rss>";
    }

    @Test
    void killNineAtRandomMomentsLosesAndDuplicatesNothing() throws Exception {
        StringBuilder sources = new StringBuilder();
        for (int s = 0; s < SOURCES; s++) {
            sources.append("  - id: s").append(s).append("\n    url: ").append(wm.baseUrl()).append("/s").append(s)
                    .append(".rss\n    interval: 30s\n    tags: [all]\n");
        }
        Path db = dir.resolve("data/crash.db");
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, "service:\n  database: " + db + "\nsources:\n" + sources
                + "feeds:\n  - id: all\n    title: الكل\n    tags: [all]\n");

        Files.deleteIfExists(childLog().toPath());
        Random random = new Random(20261129);
        Map<String, Long> seen = new HashMap<>();
        List<Long> progress = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            serve(round);
            int started = occurrences(STARTED);
            int refreshed = occurrences(REFRESHED);
            Process child = start(config);
            awaitStart(started);
            // Kill while the sources are being fetched: after a random number of them finished
            // (however slow the machine), plus a random moment into the next ones.
            awaitCount(REFRESHED, refreshed + random.nextInt(SOURCES / 2));
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly().waitFor();
            Map<String, Long> now = countsBySource(db);
            for (Map.Entry<String, Long> e : seen.entrySet()) {
                assertThat(now.getOrDefault(e.getKey(), 0L)).as("round %d, source %s keeps what it had", round, e.getKey())
                        .isGreaterThanOrEqualTo(e.getValue());
            }
            seen = now;
            progress.add(total(now));
            makeEverySourceDue(db);
        }
        System.out.println("crash-safety: items stored after each kill: " + progress);
        serve(ROUNDS);
        Process last = start(config);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (finalVersionStored(db) < SOURCES * ITEMS && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
        } finally {
            last.destroy();
            last.waitFor();
        }
        JdbcClient jdbc = Database.open(db).jdbc();
        assertThat(jdbc.sql("PRAGMA integrity_check").query(String.class).single()).isEqualTo("ok");
        assertThat(finalVersionStored(db)).as("fetching resumed and completed").isEqualTo(SOURCES * ITEMS);
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT source_id, item_key FROM item GROUP BY source_id, item_key"
                + " HAVING count(*) > 1) d").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT first_item_id FROM story GROUP BY first_item_id"
                + " HAVING count(*) > 1) d").query(Long.class).single()).as("no duplicated story").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM item WHERE story_id IS NULL").query(Long.class).single())
                .as("every item belongs to a story").isZero();
    }

    private static final String STARTED = "rawafid: serving";
    private static final String REFRESHED = " outcome=";

    private static int occurrences(String text) throws java.io.IOException {
        Path log = childLog().toPath();
        if (!Files.exists(log)) {
            return 0;
        }
        String content = Files.readString(log);
        int n = 0;
        for (int i = content.indexOf(text); i >= 0; i = content.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    private static void awaitStart(int before) throws Exception {
        awaitCount(STARTED, before + 1);
    }

    private static void awaitCount(String text, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (occurrences(text) < n) {
            assertThat(System.nanoTime()).as("child log reaches %d × '%s'", n, text).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void serve(int version) {
        for (int s = 0; s < SOURCES; s++) {
            // Different latencies so kills land before, during and after the writes.
            wm.stubFor(get("/s" + s + ".rss").willReturn(aResponse().withBody(feed(s, version))
                    .withUniformRandomDelay(50, 600)));
        }
    }

    /** As if the service had been down a while: every source is overdue at the next start. */
    private static void makeEverySourceDue(Path db) {
        if (Files.exists(db)) {
            JdbcClient.create(dataSource(db, false)).sql("UPDATE source_state SET next_fetch_at = NULL").update();
        }
    }

    /** How many items of the final version are stored (their item numbers start at ROUNDS × SHIFT). */
    private static long finalVersionStored(Path db) {
        return JdbcClient.create(dataSource(db, true)).sql("SELECT count(*) FROM item WHERE"
                        + " CAST(substr(guid, instr(guid, '-') + 1) AS INTEGER) >= ?")
                .param(ROUNDS * SHIFT).query(Long.class).single();
    }

    private static org.sqlite.SQLiteDataSource dataSource(Path db, boolean readOnly) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setBusyTimeout(10_000);
        config.setReadOnly(readOnly);
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + db);
        return ds;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> countsBySource(Path db) {
        Map<String, Long> counts = new HashMap<>();
        if (!Files.exists(db)) {
            return counts;
        }
        // A plain reader, as another process would be: the child may be writing right now.
        JdbcClient reader = JdbcClient.create(dataSource(db, true));
        if (reader.sql("SELECT count(*) FROM sqlite_master WHERE name = 'item'").query(Long.class).single() == 0) {
            return counts; // killed before the schema was created
        }
        reader.sql("SELECT source_id, count(*) FROM item GROUP BY source_id")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** The children's logs, kept in target/ to diagnose a failure. */
    private static File childLog() throws java.io.IOException {
        Path log = Path.of("target", "crash-safety-child.log");
        Files.createDirectories(log.getParent());
        return log.toFile();
    }

    private Process start(Path config) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-Drawafid.startWindowSeconds=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.rawafid.Main");
        cmd.add("serve");
        cmd.add("-c");
        cmd.add(config.toString());
        cmd.add("--port");
        cmd.add("0");
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(childLog())).start();
    }
}
