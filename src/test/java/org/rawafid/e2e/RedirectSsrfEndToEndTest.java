package org.rawafid.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.App;
import org.rawafid.LiveConfig;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;
import org.rawafid.fetch.HostResolver;
import org.rawafid.model.SourceState;
import org.rawafid.refresh.RefreshListener;
import org.rawafid.web.SiteCatalog;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 row 8 through the whole pipeline: a feed on a public-looking host answering 301 to
 * an internal document. Before, the internal items were published and the stored URL moved inside.
 */
class RedirectSsrfEndToEndTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    /** news.example has a public (TEST-NET-3) address, dialled at the local WireMock. */
    private final HostResolver resolver = new HostResolver() {
        @Override
        public List<InetAddress> resolve(String host) throws java.net.UnknownHostException {
            return host.equals("news.example") ? List.of(InetAddress.getByName("203.0.113.7")) : SYSTEM.resolve(host);
        }

        @Override
        public InetSocketAddress dial(InetSocketAddress checked) {
            return checked.getAddress().getHostAddress().equals("203.0.113.7")
                    ? new InetSocketAddress("127.0.0.1", wm.getPort()) : checked;
        }
    };

    @Test
    void aPermanentRedirectToLoopbackFailsAndMovesNothing() throws Exception {
        wm.stubFor(get("/rss.xml").willReturn(aResponse().withStatus(301)
                .withHeader("Location", "http://127.0.0.1:" + wm.getPort() + "/internal.xml")));
        wm.stubFor(get("/internal.xml").willReturn(ok(Fixtures.rss(Fixtures.rssItem("secret-1", "وثيقة داخلية سرية",
                "<p>سر</p>", "Sat, 28 Nov 2026 08:00:00 GMT")))));
        Path file = Files.writeString(dir.resolve("feeds.yml"), "service:\n  database: " + dir.resolve("s.db")
                + "\nsources:\n  - id: outside\n    url: http://news.example/rss.xml\n    tags: [x]\n"
                + "feeds:\n  - id: all\n    title: الكل\n    tags: [x]\n");
        Config config = new ConfigLoader().load(file);

        try (App app = App.open(config, file, InstantSource.system(), RefreshListener.NONE, resolver)) {
            app.refresher().refresh(config.sources().get(0));

            SourceState state = app.states().find("outside").orElseThrow();
            assertThat(state.outcome()).isEqualTo("failed");
            assertThat(state.isMoved()).isFalse();
            assertThat(state.url()).isEqualTo("http://news.example/rss.xml");
            assertThat(state.lastError()).contains("refused").contains("127.0.0.1");
            assertThat(app.items().countBySource()).doesNotContainKey("outside");
            String index = new String(new SiteCatalog(app, new LiveConfig(config), null, null).index().body(),
                    StandardCharsets.UTF_8);
            assertThat(index).contains("يفشل").contains("refused").doesNotContain("وثيقة داخلية");
        }
        wm.verify(0, getRequestedFor(urlEqualTo("/internal.xml")));
    }
}
