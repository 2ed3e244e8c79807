package org.rawafid.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;
import static org.rawafid.e2e.Fixtures.rssItem;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.store.BackendTest;

/**
 * Issue 18, row 6: {@code fetch} of a feed nesting 10,000 elements printed no table at all (a
 * StackOverflowError escaped). Deep feed XML is now one failing source with a one-line reason;
 * deep HTML inside an item is stored as its text-only form; the table is printed.
 */
class DeepNestingEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    @Test
    void deepFeedFailsAloneDeepHtmlIsKeptAsTextAndTheTableIsPrinted() throws Exception {
        String item = rssItem("d-1", "عميق", "x", "Sat, 28 Nov 2026 09:00:00 GMT");
        wm.stubFor(get("/deep-xml").willReturn(aResponse().withBody(
                rss(item).replace("<description>", "<description>" + "<b>".repeat(10_000)))));
        wm.stubFor(get("/deep-html").willReturn(aResponse().withBody(rss(rssItem("h-2", "عميق نصًا",
                "<b>".repeat(10_000) + "نص عميق", "Sat, 28 Nov 2026 09:00:00 GMT")))));
        wm.stubFor(get("/healthy").willReturn(aResponse().withBody(rss(rssItem("ok-1", "خبر سليم", "<p>نص</p>",
                "Sat, 28 Nov 2026 08:00:00 GMT")))));
        StringBuilder yml = new StringBuilder("service:\n  database: " + database().location() + "\nsources:\n");
        for (String id : new String[] {"deep-xml", "deep-html", "healthy"}) {
            yml.append("  - id: ").append(id).append("\n    url: ").append(wm.baseUrl()).append('/').append(id)
                    .append("\n    tags: [all]\n");
        }
        yml.append("feeds:\n  - id: all\n    title: الكل\n    tags: [all]\n");
        Path config = Fixtures.writeConfig(dir, yml.toString());

        Fixtures.Run run = cli("fetch", "-c", config.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).containsPattern("(?m)^deep-xml\\s+failed\\b.*nest deeper than 200 levels")
                .containsPattern("(?m)^deep-html\\s+fetched\\b").containsPattern("(?m)^healthy\\s+fetched\\b");
        var jdbc = database().db().jdbc();
        assertThat(jdbc.sql("SELECT content_html FROM item WHERE source_id = 'deep-html'").query(String.class).single())
                .as("kept as its text-only form").contains("نص عميق").doesNotContain("<b>");
        assertThat(jdbc.sql("SELECT count(*) FROM item").query(Long.class).single()).isEqualTo(2);
    }
}
