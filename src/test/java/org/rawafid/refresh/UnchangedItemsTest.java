package org.rawafid.refresh;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.App;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;
import org.slf4j.LoggerFactory;

/**
 * Issue 18: every poll rebuilt every draft before dedupe, so one costly item cost its CPU on every
 * poll. An item stored unchanged is skipped by its parsed form's hash before any cleaning; a changed
 * item is cleaned again. Observed through the one WARN its text-only cleaning logs.
 */
class UnchangedItemsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static String feed(String deepText) {
        return "<rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link><description>d</description>"
                + "<item><guid>1</guid><title>عميق</title><link>https://e.org/1</link>"
                + "<pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate><description><![CDATA[" + "<b>".repeat(500)
                + deepText + "]]></description></item>"
                + "<item><guid>2</guid><title>عادي</title><link>https://e.org/2</link>"
                + "<pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate><description>نص</description></item>"
                + "</channel></rss>";
    }

    @Test
    void cleansAnItemAgainOnlyWhenTheFeedChangedIt() throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("u.db") + "\nsources:\n  - id: s\n    url: "
                + wm.baseUrl() + "/feed.xml\n    tags: [x]\nfeeds:\n  - id: all\n    title: t\n    tags: [x]\n");
        Config config = new ConfigLoader().load(file);
        ListAppender<ILoggingEvent> warnings = new ListAppender<>();
        warnings.start();
        Logger cleanerLog = (Logger) LoggerFactory.getLogger(HtmlCleaner.class);
        cleanerLog.addAppender(warnings);
        try (App app = App.open(config, file, InstantSource.system(), (s, r) -> { })) {
            SourceRefresher refresher = app.refresher();
            wm.stubFor(get("/feed.xml").willReturn(aResponse().withBody(feed("نص عميق"))));

            assertThat(refresher.refresh(config.sources().get(0)).newItems()).isEqualTo(2);
            assertThat(warnings.list).as("first poll cleans the deep item").hasSize(1);

            assertThat(refresher.refresh(config.sources().get(0)).newItems()).isZero();
            assertThat(warnings.list).as("unchanged: not cleaned again").hasSize(1);

            wm.stubFor(get("/feed.xml").willReturn(aResponse().withBody(feed("نص عميق معدل"))));
            assertThat(refresher.refresh(config.sources().get(0)).updatedItems()).isEqualTo(1);
            assertThat(warnings.list).as("changed: cleaned again").hasSize(2);
        } finally {
            cleanerLog.detachAppender(warnings);
        }
    }
}
