package org.rawafid.e2e;

import org.rawafid.store.BackendTest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;

/** SPEC §7: unusable guids fall back to the canonical link; an edited title on the same link is an update. */
class GuidPolicyEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static String item(String guid, String title, String link) {
        return "<item>" + (guid == null ? "" : "<guid isPermaLink=\"false\">" + guid + "</guid>") + "<title>" + title
                + "</title><link>" + link + "</link><pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate>"
                + "<description>نص الخبر</description></item>";
    }

    private Path config() {
        return Fixtures.writeConfig(dir, """
                service:
                  database: %s
                sources:
                  - {id: s, url: "%s/feed", tags: [n]}
                feeds:
                  - {id: n, title: t, tags: [n]}
                """.formatted(database().location(), wm.baseUrl()));
    }

    private void serve(String... items) {
        wm.stubFor(get("/feed").willReturn(aResponse().withBody(rss(items))));
    }

    private List<String> titles() {
        return database().db().jdbc().sql("SELECT title FROM item ORDER BY title")
                .query(String.class).list();
    }

    @Test
    void guidsThatChangeOnEveryPollFallBackToTheLinkAndTitleEditsUpdate() {
        Path config = config();
        serve(item("a-1", "خبر أول", "https://e.org/1?utm_source=rss"), item("b-1", "خبر ثان", "https://e.org/2"));
        assertThat(cli("fetch", "-c", config.toString()).out()).contains("2 new items");

        serve(item("a-2", "خبر أول (محدث)", "https://www.e.org/1#top"), item("b-2", "خبر ثان", "https://e.org/2"));
        Fixtures.Run second = cli("fetch", "-c", config.toString());

        assertThat(second.out()).contains("0 new items, 1 updated");
        assertThat(titles()).containsExactly("خبر أول (محدث)", "خبر ثان");
    }

    @Test
    void missingOrRepeatedGuidsKeyItemsByTheirLinks() {
        Path config = config();
        serve(item("same", "خبر أول", "https://e.org/1"), item("same", "خبر ثان", "https://e.org/2"),
                item(null, "خبر ثالث", "https://e.org/3"));
        assertThat(cli("fetch", "-c", config.toString()).out()).contains("3 new items");

        serve(item("same", "خبر أول", "https://e.org/1"), item("same", "خبر ثان", "https://e.org/2"),
                item(null, "خبر ثالث", "https://e.org/3"));

        assertThat(cli("fetch", "-c", config.toString()).out()).contains("0 new items, 0 updated");
        assertThat(titles()).hasSize(3);
    }
}
