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
import org.rawafid.config.Source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The render cache never keeps a page older than the data (issue 13: a render that read the database
 * before a write committed and finished after that write's invalidation stayed cached until the next change).
 */
class SiteCatalogCacheTest {
    private static final List<String> FORMATS = List.of("rss", "atom", "json", "html");

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private App app;

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private static String feed(int items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>مصدر</title><link>https://example.org/</link><description>d</description>");
        for (int i = 1; i <= items; i++) {
            b.append("<item><guid>g").append(i).append("</guid><title>عنوان الخبر ").append(i)
                    .append("</title><link>https://example.org/news/").append(i).append("</link>")
                    .append("<description>نص الخبر ").append(i).append("</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private Config config() throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("r.db") + "\nsources:\n  - id: s\n    url: "
                + wm.baseUrl() + "/s.rss\n    interval: 1h\nfeeds:\n  - id: all\n    title: الكل\n    sources: [s]\n"
                + "    dedupe: exact\n    limit: 1000\n");
        return new ConfigLoader().load(file);
    }

    /** Opens the app and a catalog that the app's refreshes invalidate, as the service wires them. */
    private SiteCatalog open(Config config, Runnable afterRead) {
        AtomicReference<SiteCatalog> holder = new AtomicReference<>();
        app = App.open(config, dir.resolve("feeds.yml"), InstantSource.system(), (source, report) -> {
            if (report.newItems() > 0 || report.updatedItems() > 0) {
                holder.get().invalidate();
            }
        });
        SiteCatalog catalog = new SiteCatalog(app, new LiveConfig(config), null, null, afterRead);
        holder.set(catalog);
        return catalog;
    }

    private static String body(SiteCatalog catalog, String format) {
        return new String(catalog.feed("all", format, null).orElseThrow().body(), StandardCharsets.UTF_8);
    }

    private void store(Config config, int items) {
        wm.stubFor(get("/s.rss").willReturn(aResponse().withBody(feed(items))));
        Source source = config.sources().get(0);
        assertThat(app.refresher().refresh(source).isFailure()).isFalse();
    }

    @Test
    void aRenderThatReadBeforeAWriteCommittedIsNotKeptAfterTheWritesInvalidation() throws Exception {
        Config config = config();
        AtomicBoolean hold = new AtomicBoolean();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SiteCatalog catalog = open(config, () -> {
            if (hold.compareAndSet(true, false)) {
                reading.countDown();
                await(release);
            }
        });
        store(config, 1);
        assertThat(body(catalog, "json")).contains("news/1").doesNotContain("news/2");

        catalog.invalidate();
        hold.set(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<String> slow = reader.submit(() -> body(catalog, "json"));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        store(config, 2);
        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS)).as("the render that read before the write").doesNotContain("news/2");
        reader.shutdown();

        assertThat(body(catalog, "json")).as("served after both").contains("news/2");
    }

    @Test
    void eightReadersAndAWriterStoringOneByOneEndWithEveryItemInEveryFormat() throws Exception {
        Config config = config();
        SiteCatalog catalog = open(config, () -> { });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            String format = FORMATS.get(r % FORMATS.size());
            readers.add(pool.submit(() -> {
                while (writing.get()) {
                    try {
                        body(catalog, format);
                    } catch (RuntimeException e) {
                        errors.add(e);
                    }
                }
            }));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int items = 0;
        while ((System.nanoTime() < end || items < 10) && items < 300) {
            store(config, ++items);
        }
        writing.set(false);
        for (Future<?> f : readers) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(errors).isEmpty();
        for (String format : FORMATS) {
            String body = body(catalog, format);
            for (int i = 1; i <= items; i++) {
                assertThat(body).as(format + " item " + i + " of " + items).containsPattern("news/" + i + "(?![0-9])");
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
