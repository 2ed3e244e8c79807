package org.rawafid.ops;

import org.rawafid.store.BackendTest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;
import org.rawafid.config.Source;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** 50 concurrent feed readers while 20 sources ingest: readers never fail because a fetch is writing. */
class ReadersDuringIngestTest extends BackendTest {
    private static final int READERS = 50;
    private static final int SOURCES = 20;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static final AtomicLong VERSION = new AtomicLong();

    /** Every poll serves new items, so every refresh writes. */
    private static String feed(int source, long version) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            long n = version * 25 + i;
            items.append("<item><guid>").append(source).append('-').append(n).append("</guid><title>خبر ")
                    .append(n).append(" من مصدر ").append(source).append(" حول قضية رقم ").append(n * 7 + source)
                    .append("</title><link>https://example.org/").append(source).append('/').append(n)
                    .append("</link><description>&lt;p&gt;تفاصيل ").append(n).append("&lt;/p&gt;</description></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>مصدر " + source
                + "</title><link>https://example.org/</link><description>d</description>" + items
                + "</channel></rss>";
    }

    @Test
    void fiftyReadersSeeNoErrorWhileTwentySourcesIngest() throws Exception {
        StringBuilder sources = new StringBuilder();
        for (int s = 0; s < SOURCES; s++) {
            sources.append("  - id: s").append(s).append("\n    url: ").append(wm.baseUrl()).append("/s").append(s)
                    .append(".rss\n    interval: 1h\n    tags: [all]\n");
        }
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, "service:\n  database: " + database().location() + "\nsources:\n" + sources
                + "feeds:\n  - id: all\n    title: الكل\n    tags: [all]\n    limit: 20\n"
                + "  - id: exact\n    title: كل شيء\n    tags: [all]\n    dedupe: exact\n    limit: 20\n");
        Config loaded = new ConfigLoader().load(config);
        AtomicBoolean ingesting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong reads = new AtomicLong();
        AtomicLong writes = new AtomicLong();

        try (Server server = Server.start(loaded, config, InstantSource.system(), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 2);
            CountDownLatch done = new CountDownLatch(READERS);
            var ingest = pool.submit(() -> ingest(server, loaded, ingesting, writes, errors));
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                pool.submit(() -> read(base, reader, ingesting, reads, errors, done));
            }
            Thread.sleep(8_000);
            ingesting.set(false);
            ingest.get(60, TimeUnit.SECONDS);
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            pool.shutdownNow();
        }
        assertThat(errors).as("errors").isEmpty();
        assertThat(writes.get()).as("refreshes that wrote").isGreaterThanOrEqualTo(SOURCES);
        assertThat(reads.get()).as("successful reads").isGreaterThan(READERS * 5L);
        System.out.printf("load: %d reads, %d refreshes, 0 errors%n", reads.get(), writes.get());
    }

    private static void ingest(Server server, Config config, AtomicBoolean running, AtomicLong writes,
                               ConcurrentLinkedQueue<String> errors) {
        while (running.get()) {
            long version = VERSION.incrementAndGet();
            for (int s = 0; s < SOURCES; s++) {
                wm.stubFor(get("/s" + s + ".rss").willReturn(aResponse().withBody(feed(s, version))));
            }
            List<Source> all = config.sources();
            all.parallelStream().forEach(src -> {
                var report = server.app().refresher().refresh(src);
                if (report.isFailure()) {
                    errors.add("refresh " + src.id() + ": " + report.error());
                } else {
                    writes.incrementAndGet();
                }
            });
        }
    }

    private static void read(String base, int reader, AtomicBoolean running, AtomicLong reads,
                             ConcurrentLinkedQueue<String> errors, CountDownLatch done) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Pattern next = Pattern.compile("\"next_url\"\\s*:\\s*\"([^\"]+)\"");
        String[] paths = {"/feeds/all.json", "/feeds/exact.rss", "/feeds/all.atom", "/", "/feeds/exact.json",
                "/feeds/all.html", "/sources.opml", "/healthz"};
        try {
            int i = reader;
            while (running.get()) {
                String path = paths[i++ % paths.length];
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    errors.add(path + " -> " + r.statusCode() + " " + r.body());
                    continue;
                }
                reads.incrementAndGet();
                Matcher m = next.matcher(r.body());
                if (m.find()) {
                    // Older pages are read from the database on every request.
                    String url = m.group(1).replace("http://localhost:8080", base).replace("\\/", "/");
                    HttpResponse<String> p = http.send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                    if (p.statusCode() != 200) {
                        errors.add(url + " -> " + p.statusCode());
                    } else {
                        reads.incrementAndGet();
                    }
                }
            }
        } catch (Exception e) {
            errors.add("reader " + reader + ": " + e);
        } finally {
            done.countDown();
        }
    }
}
