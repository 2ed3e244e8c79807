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

import java.nio.charset.StandardCharsets;
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

/** A coverage feed's window slides with the clock, so its cached page must not outlive the window. */
class SiteCatalogCoverageTest {
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

    @Test
    void aStoryLeavesTheCoverageFeedWhenItsWindowHasPassedWithoutAnyNewData() throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("r.db") + "\nsources:\n  - id: s\n    url: "
                + wm.baseUrl() + "/s.rss\nfeeds:\n  - id: top\n    title: الأكثر تغطية\n    sources: [s]\n"
                + "    rank: coverage\n    window: 1h\n");
        Config config = new ConfigLoader().load(file);
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T08:00:00Z"));
        app = App.open(config, file, now::get, (source, report) -> { });
        SiteCatalog catalog = new SiteCatalog(app, new LiveConfig(config), null, null);
        // No pubDate: the item is dated when first seen, i.e. at the clock's "now".
        wm.stubFor(get("/s.rss").willReturn(aResponse().withBody("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>مصدر</title><link>https://example.org/</link><description>d</description><item><guid>g1</guid>"
                + "<title>زلزال يضرب شرق تركيا</title><link>https://example.org/news/1</link></item></channel></rss>")));
        assertThat(app.refresher().refresh(config.sources().get(0)).isFailure()).isFalse();
        catalog.invalidate();

        assertThat(body(catalog)).contains("news/1");
        assertThat(index(catalog)).contains("الأخبار: ١<");
        now.set(now.get().plus(Duration.ofHours(2)));
        assertThat(body(catalog)).as("re-rendered although no data changed").doesNotContain("news/1");
        assertThat(index(catalog)).as("the front page counts the window's stories").contains("الأخبار: ٠<");
    }

    private static String index(SiteCatalog catalog) {
        return new String(catalog.index().body(), StandardCharsets.UTF_8);
    }

    private static String body(SiteCatalog catalog) {
        return new String(catalog.feed("top", "json", null).orElseThrow().body(), StandardCharsets.UTF_8);
    }
}
