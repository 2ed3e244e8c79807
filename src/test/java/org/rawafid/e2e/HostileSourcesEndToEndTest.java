package org.rawafid.e2e;

import org.rawafid.store.BackendTest;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;
import static org.rawafid.e2e.Fixtures.rssItem;

/**
 * One {@code fetch} over healthy, broken and hostile sources: every source gets an outcome a
 * person can act on, the healthy ones are unaffected, and what was stored before stays stored.
 */
class HostileSourcesEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static final Map<String, String> SOURCES = Map.ofEntries(
            Map.entry("healthy", "fetched"), Map.entry("reset", "failed"), Map.entry("empty", "failed"),
            Map.entry("chunk", "failed"), Map.entry("server-error", "failed"), Map.entry("gone", "gone"),
            Map.entry("throttled", "rate-limited"), Map.entry("xxe", "failed"), Map.entry("not-a-feed", "failed"),
            Map.entry("loop", "failed"), Map.entry("slow", "failed"), Map.entry("windows1256", "fetched"));

    private static String good(String id) {
        return rss(rssItem(id + "-1", "خبر أول من " + id, "<p>نص</p>", "Sat, 28 Nov 2026 08:00:00 GMT"));
    }

    @Test
    void everySourceGetsAnActionableOutcomeAndNothingStoredIsLost() throws Exception {
        StringBuilder yml = new StringBuilder("service:\n  database: " + database().location() + "\ndefaults:\n"
                + "  timeout: 2s\nsources:\n");
        SOURCES.keySet().stream().sorted().forEach(id -> {
            wm.stubFor(get("/" + id).willReturn(aResponse().withBody(good(id))));
            // A 429's Retry-After holds back every source on that host (SPEC §5): the throttled source gets a
            // host of its own, or whether the others are fetched before or after its 429 lands is a race.
            String base = id.equals("throttled") ? wm.baseUrl().replace("localhost", "127.0.0.1") : wm.baseUrl();
            yml.append("  - id: ").append(id).append("\n    url: ").append(base).append('/').append(id)
                    .append("\n    tags: [all]\n");
        });
        yml.append("feeds:\n  - id: all\n    title: الكل\n    tags: [all]\n");
        Path config = Fixtures.writeConfig(dir, yml.toString());
        assertThat(cli("fetch", "-c", config.toString()).code()).as("all healthy at first").isZero();

        wm.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(get("/empty").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        wm.stubFor(get("/chunk").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        wm.stubFor(get("/server-error").willReturn(aResponse().withStatus(500)));
        wm.stubFor(get("/gone").willReturn(aResponse().withStatus(410)));
        wm.stubFor(get("/throttled").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        wm.stubFor(get("/xxe").willReturn(aResponse().withBody("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>")));
        wm.stubFor(get("/not-a-feed").willReturn(aResponse().withBody("<html><body>صيانة</body></html>")));
        wm.stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));
        wm.stubFor(get("/slow").willReturn(aResponse().withBody(good("slow")).withChunkedDribbleDelay(40, 5_000)));
        byte[] cp1256 = rss(rssItem("w-2", "خبر بترميز ويندوز", "<p>نص عربي</p>", "Sat, 28 Nov 2026 09:00:00 GMT"))
                .replace("UTF-8", "windows-1256").getBytes("windows-1256");
        wm.stubFor(get("/windows1256").willReturn(aResponse().withHeader("Content-Type", "text/xml; charset=ISO-8859-1")
                .withBody(cp1256)));

        Fixtures.Run run = cli("fetch", "-c", config.toString());
        System.out.println(run.out());

        assertThat(run.code()).isEqualTo(1);
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            assertThat(run.out()).as(e.getKey()).containsPattern("(?m)^" + e.getKey() + "\\s+" + e.getValue() + "\\b");
        }
        assertThat(run.out()).contains("HTTP 500").contains("redirect").contains("timed out");
        var jdbc = database().db().jdbc();
        assertThat(jdbc.sql("SELECT count(*) FROM item").query(Long.class).single())
                .as("12 items from the first run, plus the new windows-1256 one").isEqualTo(13);
        assertThat(jdbc.sql("SELECT title FROM item WHERE source_id = 'windows1256' AND guid = 'w-2'")
                .query(String.class).single()).isEqualTo("خبر بترميز ويندوز");
        assertThat(jdbc.sql("SELECT disabled_reason FROM source_state WHERE source_id = 'gone'")
                .query(String.class).single()).contains("410");
        assertThat(jdbc.sql("SELECT declared_charset || ' -> ' || used_charset FROM source_state"
                + " WHERE source_id = 'windows1256'").query(String.class).single()).isEqualTo("iso-8859-1 -> windows-1256");
    }
}
