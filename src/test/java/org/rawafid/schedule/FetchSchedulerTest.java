package org.rawafid.schedule;

import org.rawafid.store.Backend;
import org.rawafid.store.BackendTest;
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
import org.rawafid.model.SourceState;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class FetchSchedulerTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    private App app;
    private FetchScheduler scheduler;
    private final ConcurrentMap<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>مصدر</title>
            <link>https://example.org/</link><description>d</description>
            <item><guid>1</guid><title>خبر</title><link>https://example.org/1</link></item></channel></rss>""";

    private Config load(String sources) throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + database().location() + "\nsources:\n" + sources
                + "feeds:\n  - id: all\n    title: t\n    tags: [t]\n");
        return new ConfigLoader().load(file);
    }

    private static String source(String id, String interval, boolean enabled) {
        return "  - id: " + id + "\n    url: " + wm.baseUrl() + "/" + id + ".rss\n    interval: " + interval
                + "\n    enabled: " + enabled + "\n    tags: [t]\n";
    }

    @BeforeEach
    void setUp() {
        wm.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/.*\\.rss"))
                .willReturn(aResponse().withBody(FEED)));
    }

    @AfterEach
    void tearDown() {
        if (scheduler != null) {
            scheduler.close();
        }
        if (app != null) {
            app.close();
        }
    }

    /** The scheduler as the service builds it: jobs in memory on SQLite, the clustered store on PostgreSQL. */
    private FetchScheduler scheduler(Random random) {
        return new FetchScheduler(app.refresher(), app.states(), InstantSource.system(), random, 4,
                Duration.ofSeconds(1), lag -> { }, backend() == Backend.POSTGRESQL
                ? new FetchScheduler.Cluster(app.database().dataSource(), Duration.ofSeconds(1), Duration.ofSeconds(1))
                : null);
    }

    private void start(Config config) {
        app = App.open(config, dir.resolve("feeds.yml"), InstantSource.system(),
                (src, report) -> runs.computeIfAbsent(src.id(), k -> new AtomicInteger()).incrementAndGet());
        scheduler = scheduler(new Random(7));
        scheduler.start(config.sources());
    }

    /**
     * A job is re-armed just after its refresh reports (until then its trigger still holds the
     * time it was first armed for); wait for the trigger to hold the stored next fetch time.
     */
    private void awaitArmed(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!armedAtStoredTime(id) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(armedAtStoredTime(id)).as("armed at the stored next fetch time: " + id).isTrue();
    }

    private boolean armedAtStoredTime(String id) {
        Instant armed = scheduler.armedTimes().get(id);
        Instant stored = app.states().get(id).nextFetchAt();
        return armed != null && stored != null && armed.equals(stored.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    private void awaitRuns(String id, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (runs.getOrDefault(id, new AtomicInteger()).get() < n && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(runs.getOrDefault(id, new AtomicInteger()).get()).as("runs of " + id).isGreaterThanOrEqualTo(n);
    }

    @Test
    void fetchesDueSourcesWithinTheStartWindowAndSkipsDisabledOnes() throws Exception {
        start(load(source("a", "30s", true) + source("b", "30s", true) + source("off", "30s", false)));

        awaitRuns("a", 1);
        awaitRuns("b", 1);
        awaitArmed("a");
        awaitArmed("b");

        assertThat(runs).doesNotContainKey("off");
        wm.verify(0, getRequestedFor(urlEqualTo("/off.rss")));
        assertThat(scheduler.armedTimes()).containsOnlyKeys("a", "b");
    }

    @Test
    void rearmsEachSourceAtTheNextFetchTimeItStored() throws Exception {
        start(load(source("a", "30s", true)));
        awaitRuns("a", 1);
        awaitArmed("a");

        SourceState state = app.states().get("a");
        Instant armed = scheduler.armedTimes().get("a");

        assertThat(state.nextFetchAt()).isAfter(Instant.now().plusSeconds(20));
        assertThat(armed).isEqualTo(state.nextFetchAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void resumesAtTheStoredNextFetchTimeAfterRestart() throws Exception {
        Config config = load(source("a", "1h", true));
        start(config);
        awaitRuns("a", 1);
        awaitArmed("a");
        Instant stored = app.states().get("a").nextFetchAt();
        scheduler.close();

        scheduler = scheduler(new Random(8));
        scheduler.start(config.sources());

        assertThat(scheduler.armedTimes().get("a")).isEqualTo(stored);
        Thread.sleep(1500);
        assertThat(runs.get("a").get()).isEqualTo(1);
    }

    @Test
    void applyingAConfigurationAddsAndRemovesJobs() throws Exception {
        start(load(source("a", "30s", true)));
        awaitRuns("a", 1);

        List<Source> next = load(source("b", "30s", true)).sources();
        scheduler.apply(next);
        awaitRuns("b", 1);
        awaitArmed("b");

        assertThat(scheduler.armedTimes()).containsOnlyKeys("b");
    }
}
