package org.rawafid.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.store.BackendTest;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;
import static org.rawafid.e2e.Fixtures.rssItem;

/** Issue 19.5: `rawafid fetch` skips a source disabled by 410 unless it is named. */
class GoneSourceEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    @Test
    void skipsADisabledSourceWhenNoneIsNamedAndFetchesItWhenNamed() {
        wm.stubFor(get("/gone.xml").willReturn(aResponse().withStatus(410)));
        wm.stubFor(get("/live.xml").willReturn(aResponse().withBody(rss(rssItem("1", "خبر", "نص", "Mon, 02 Nov 2026 08:00:00 GMT")))));
        Path config = Fixtures.writeConfig(dir, """
                service:
                  database: %s
                sources:
                  - {id: gone, url: %s/gone.xml}
                  - {id: live, url: %s/live.xml}
                feeds:
                  - {id: n, title: أخبار, sources: [gone, live]}
                """.formatted(database().location(), wm.baseUrl(), wm.baseUrl()));

        assertThat(cli("fetch", "-c", config.toString()).code()).isEqualTo(1); // the 410 itself is news: a failure

        Fixtures.Run again = cli("fetch", "-c", config.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).containsPattern("(?m)^gone\\s+disabled\\s+410\\s");
        assertThat(again.out()).contains("2 sources, 0 failed");
        assertThat(again.err()).contains("skipped 1 source(s) disabled after HTTP 410 Gone");
        wm.verify(1, getRequestedFor(urlEqualTo("/gone.xml")));
        wm.verify(2, getRequestedFor(urlEqualTo("/live.xml")));

        assertThat(cli("fetch", "-c", config.toString(), "gone").code()).isEqualTo(1);
        wm.verify(2, getRequestedFor(urlEqualTo("/gone.xml")));
    }
}
