package org.rawafid.refresh;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;
import org.rawafid.config.Source;

/**
 * Issue 14, eighth round: only as many refreshes as there are cores parse and clean at once, and a
 * refresh waiting — for the write lock, for a full-text page — holds no slot, so one more source
 * than there are slots still gets that far. A refresh that kept its slot while waiting would stop
 * the last source before its parse, and these tests would wait for it in vain.
 */
class RefreshCpuSlotsTest {
    private static final int SOURCES = CpuSlots.CORES + 1;
    private static final PagesHeld pages = new PagesHeld();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(SOURCES * 2 + 20).extensions(pages)).build();

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newFixedThreadPool(SOURCES + 1);

    @AfterEach
    void stop() {
        pages.open.countDown();
        pool.shutdownNow();
    }

    /** Holds every article page's response until {@link #open}, counting those that arrived. */
    static final class PagesHeld implements ResponseDefinitionTransformerV2 {
        final CountDownLatch arrived = new CountDownLatch(SOURCES);
        final CountDownLatch open = new CountDownLatch(1);

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            if (event.getRequest().getUrl().startsWith("/page/")) {
                arrived.countDown();
                try {
                    open.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return event.getResponseDefinition();
        }

        @Override
        public String getName() {
            return "pages-held";
        }
    }

    private Config config(boolean fullText) throws Exception {
        StringBuilder yml = new StringBuilder("service:\n  database: " + dir.resolve("r.db")
                + "\n  allowPrivateNetworks: true\nsources:\n");
        for (int i = 0; i < SOURCES; i++) {
            yml.append("  - id: s").append(i).append("\n    url: ").append(wm.baseUrl()).append("/feed/")
                    .append(i).append(".xml\n    fullText: ").append(fullText).append("\n    timeout: 120s\n    tags: [x]\n");
            wm.stubFor(get("/feed/" + i + ".xml").willReturn(aResponse().withBody(feed(i))));
        }
        yml.append("feeds:\n  - id: all\n    title: t\n    tags: [x]\n");
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, yml);
        return new ConfigLoader().load(file);
    }

    private static String feed(int i) {
        return "<rss version=\"2.0\"><channel><title>t" + i + "</title><link>https://e.org/</link><description>d"
                + "</description><item><guid>" + i + "</guid><title>خبر رقم " + i + " عن الطقس</title><link>"
                + page(i) + "</link><pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate>"
                + "<description><![CDATA[<p>نص الخبر " + i + " عن أمطار غزيرة في المدينة</p>]]></description>"
                + "</item></channel></rss>";
    }

    /**
     * Each source's article on a host of its own (Linux routes all of 127/8 to loopback), so the
     * fetcher's limit of two requests per host does not hold the third page back.
     */
    private static String page(int i) {
        return "http://127.0.0." + (10 + i) + ":" + wm.getPort() + "/page/" + i;
    }

    private List<Future<Integer>> refreshAll(App app, Config config) {
        List<Future<Integer>> runs = new ArrayList<>();
        for (Source source : config.sources()) {
            runs.add(pool.submit(() -> app.refresher().refresh(source).newItems()));
        }
        return runs;
    }

    @Test
    void everySourceReachesTheWriteQueueWhileTheWriteLockIsHeld() throws Exception {
        Config config = config(false);
        try (App app = App.open(config, dir.resolve("feeds.yml"), InstantSource.system(), (s, r) -> { })) {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = pool.submit(() -> app.writes().write(() -> {
                locked.countDown();
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            List<Future<Integer>> runs = refreshAll(app, config);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (app.writes().queued() < SOURCES && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            int queued = app.writes().queued();
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);

            assertThat(queued).as("sources queued for the write lock with %d CPU slots", CpuSlots.CORES)
                    .isEqualTo(SOURCES);
            for (Future<Integer> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            }
        }
    }

    @Test
    void everySourceFetchesItsFullTextPageWhileTheOthersWaitForTheirs() throws Exception {
        Config config = config(true);
        wm.stubFor(get(urlPathMatching("/page/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body><article><h1>خبر</h1><p>" + "نص المقال الكامل عن أمطار غزيرة. ".repeat(20)
                        + "</p></article></body></html>")));
        try (App app = App.open(config, dir.resolve("feeds.yml"), InstantSource.system(), (s, r) -> { })) {
            List<Future<Integer>> runs = refreshAll(app, config);

            boolean allArrived = pages.arrived.await(30, TimeUnit.SECONDS);
            pages.open.countDown();

            assertThat(allArrived).as("page requests of %d sources with %d CPU slots", SOURCES, CpuSlots.CORES)
                    .isTrue();
            for (Future<Integer> run : runs) {
                assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            }
        }
    }
}
