package org.rawafid.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;
import org.rawafid.config.Source;
import org.rawafid.refresh.RefreshListener;
import org.rawafid.refresh.RefreshReport;
import org.rawafid.store.Backend;
import org.rawafid.store.BackendTest;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.rss;
import static org.rawafid.e2e.Fixtures.rssItem;

/**
 * Group commit through the real refresher: the fetches of six sources, queued behind a held write
 * lock, are stored in one or two transactions; the one source whose write fails (a trigger
 * refuses its items) is rolled back alone and recorded as failed, the other five are stored; an
 * all-304 poll saves its states in batches too; the lock hold time is in {@code /metrics}.
 */
class GroupCommitEndToEndTest extends BackendTest {
    private static final int SOURCES = 6;
    private static final int ITEMS = 4;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    private App app;
    private Config config;
    private ExecutorService pool;

    @BeforeEach
    void setUp() throws Exception {
        StringBuilder sources = new StringBuilder();
        for (int s = 0; s < SOURCES; s++) {
            String id = s == 3 ? "bad" : "s" + s;
            List<String> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                items.add(rssItem(id + "-" + i, "خبر " + i + " من المصدر " + id + " عن موضوع " + (s * 10 + i),
                        "<p>نص الخبر " + i + " عن موضوع مختلف " + (s * 100 + i) + "</p>",
                        "Sat, 28 Nov 2026 0" + i + ":00:00 GMT"));
            }
            wm.stubFor(get("/" + id + ".rss").willReturn(aResponse().withHeader("ETag", "\"" + id + "\"")
                    .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                    .withBody(rss(items.toArray(String[]::new)))));
            wm.stubFor(get("/" + id + ".rss").withHeader("If-None-Match", containing(id))
                    .willReturn(aResponse().withStatus(304)));
            sources.append("  - id: ").append(id).append("\n    url: ").append(wm.baseUrl()).append('/').append(id)
                    .append(".rss\n    tags: [all]\n");
        }
        Path file = Fixtures.writeConfig(dir, "service:\n  database: " + database().location() + "\nsources:\n"
                + sources + "feeds:\n  - id: all\n    title: الكل\n    tags: [all]\n");
        config = new ConfigLoader().load(file);
        app = App.open(config, file, InstantSource.system(), RefreshListener.NONE);
        refuseItemsOfSourceBad();
        // What one batch holds must not depend on how fast this machine writes right now.
        app.writes().bound(org.rawafid.store.WriteTransactions.BATCH_ITEMS, java.time.Duration.ofMinutes(1));
        pool = Executors.newFixedThreadPool(SOURCES + 1);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        app.close();
    }

    /** A real database error, raised inside the write of source {@code bad} only. */
    private void refuseItemsOfSourceBad() {
        refuseItemsOfSourceBad("");
    }

    /** The same, for its items whose title contains {@code title} only. */
    private void refuseItemsOfSourceBad(String title) {
        var jdbc = app.database().jdbc();
        if (backend() == Backend.POSTGRESQL) {
            jdbc.sql("DROP TRIGGER IF EXISTS refuse_bad ON item").update();
            jdbc.sql("CREATE OR REPLACE FUNCTION refuse_bad() RETURNS trigger AS $$ BEGIN IF NEW.source_id = 'bad'"
                    + " AND strpos(NEW.title, '" + title + "') > 0 THEN"
                    + " RAISE EXCEPTION 'no items from bad'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql").update();
            jdbc.sql("CREATE TRIGGER refuse_bad BEFORE INSERT ON item FOR EACH ROW EXECUTE FUNCTION refuse_bad()")
                    .update();
        } else {
            jdbc.sql("DROP TRIGGER IF EXISTS refuse_bad").update();
            jdbc.sql("CREATE TRIGGER refuse_bad BEFORE INSERT ON item WHEN NEW.source_id = 'bad'"
                    + " AND instr(NEW.title, '" + title + "') > 0"
                    + " BEGIN SELECT RAISE(ABORT, 'no items from bad'); END").update();
        }
    }

    /** Refreshes {@code sources} at once, their writes queued behind a held lock until all wait. */
    private Map<String, RefreshReport> refreshTogether(List<Source> sources) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> app.writes().write(() -> {
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }));
        locked.await();
        List<Future<RefreshReport>> runs = new ArrayList<>();
        for (Source s : sources) {
            runs.add(pool.submit(() -> app.refresher().refresh(s)));
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (app.writes().queued() < sources.size()) {
            assertThat(System.nanoTime()).as("all writes queued").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
        release.countDown();
        holder.get();
        List<RefreshReport> reports = new ArrayList<>();
        for (Future<RefreshReport> r : runs) {
            reports.add(r.get());
        }
        return reports.stream().collect(Collectors.toMap(RefreshReport::sourceId, r -> r));
    }

    private double batchTransactions() {
        return app.registry().get("rawafid.write.transactions").tag("kind", "batch").counter().count();
    }

    private long items(String source) {
        return app.database().jdbc().sql("SELECT count(*) FROM item WHERE source_id = ?").param(source)
                .query(Long.class).single();
    }

    @Test
    void aSourceWhoseWriteFailsLeavesTheOthersOfItsBatchStored() throws Exception {
        Map<String, RefreshReport> first = refreshTogether(config.sources());

        assertThat(first.get("bad").isFailure()).isTrue();
        assertThat(first.get("bad").error()).startsWith("internal error").contains("INSERT INTO item");
        assertThat(items("bad")).isZero();
        assertThat(app.states().get("bad").failures()).as("its failure is recorded").isEqualTo(1);
        for (Source s : config.sources()) {
            if (!s.id().equals("bad")) {
                assertThat(first.get(s.id()).outcome()).isEqualTo("fetched");
                assertThat(first.get(s.id()).newItems()).isEqualTo(ITEMS);
                assertThat(items(s.id())).as(s.id()).isEqualTo(ITEMS);
                assertThat(app.states().get(s.id()).etag()).as("stored with its items").contains(s.id());
            }
        }
        // six fetches in one batch, plus one for bad's failure record
        assertThat(batchTransactions()).isEqualTo(2);
        assertThat(app.database().jdbc().sql("SELECT count(*) FROM item WHERE story_id IS NULL")
                .query(Long.class).single()).isZero();

        List<Source> good = config.sources().stream().filter(s -> !s.id().equals("bad")).toList();
        double before = batchTransactions();
        Map<String, RefreshReport> second = refreshTogether(good);

        good.forEach(s -> assertThat(second.get(s.id()).httpStatus()).isEqualTo(304));
        good.forEach(s -> assertThat(app.states().get(s.id()).httpStatus()).isEqualTo(304));
        assertThat(batchTransactions() - before).as("five 304 states in one transaction").isEqualTo(1);
        assertThat(app.registry().scrape()).contains("rawafid_write_lock_hold_seconds_count{kind=\"batch\"}")
                .contains("rawafid_write_batch_works_count");
    }

    /**
     * A source rolled back after some of its items were stored (to its savepoint, inside the
     * batch) leaves nothing of itself in the in-memory story index: the index holds exactly the
     * committed items, each in the story the database gives it, although SQLite hands the
     * rolled-back ids to the next sources' items.
     */
    @Test
    void aSourceRolledBackMidwayLeavesNothingInTheStoryIndex() throws Exception {
        refuseItemsOfSourceBad("خبر 2 "); // bad's items 0 and 1 are stored first, then 2 fails

        Map<String, RefreshReport> first = refreshTogether(config.sources());

        assertThat(first.get("bad").isFailure()).isTrue();
        assertThat(items("bad")).isZero();
        var jdbc = app.database().jdbc();
        long stored = jdbc.sql("SELECT count(*) FROM item").query(Long.class).single();
        assertThat(stored).isEqualTo((SOURCES - 1) * ITEMS);
        assertThat(app.stories().heldItems()).as("held = committed").isEqualTo((int) stored);
        assertThat(app.stories().heldStoryGuids()).as("each held item in its stored story")
                .isEqualTo(jdbc.sql("SELECT i.id, s.guid FROM item i JOIN story s ON s.id = i.story_id")
                        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
