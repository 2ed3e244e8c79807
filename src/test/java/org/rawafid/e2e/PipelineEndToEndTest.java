package org.rawafid.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.store.BackendTest;
import org.rawafid.config.ConfigLoader;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.atom;
import static org.rawafid.e2e.Fixtures.atomEntry;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;
import static org.rawafid.e2e.Fixtures.rssItem;

/**
 * The whole path an item travels: WireMock sources → {@code rawafid fetch} → SQLite →
 * merged feeds over HTTP, with conditional GET, updates in place and restarts.
 */
class PipelineEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension sources = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    Path config;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        sources.stubFor(get("/qahera.rss").willReturn(aResponse().withStatus(200).withHeader("ETag", "\"q1\"")
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8")
                .withBody(rss(rssItem("q-1", "بوتين يستقبل علييف في الكرملين", "<p>استقبل الرئيس الروسي نظيره الأذربيجاني.</p>",
                                "Sat, 28 Nov 2026 08:00:00 GMT"),
                        rssItem("q-2", "الأرصاد: طقس معتدل على القاهرة", "<p>توقعت الهيئة العامة للأرصاد طقساً معتدلاً.</p>",
                                "Sat, 28 Nov 2026 10:00:00 GMT")))));
        sources.stubFor(get("/qahera.rss").withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"q1\""))
                .willReturn(aResponse().withStatus(304)));
        sources.stubFor(get("/bbc.atom").willReturn(aResponse().withStatus(200).withHeader("ETag", "\"b1\"")
                .withHeader("Content-Type", "application/atom+xml")
                .withBody(atom(atomEntry("urn:bbc:1", "ارتفاع أسعار الذهب في الأسواق العالمية", "<p>سجلت أسعار الذهب ارتفاعاً.</p>",
                        "2026-11-28T09:00:00Z")))));
        sources.stubFor(get("/bbc.atom").withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"b1\""))
                .willReturn(aResponse().withStatus(304)));
        config = Fixtures.writeConfig(dir, """
                service:
                  database: %s
                  baseUrl: http://localhost:8080
                sources:
                  - id: qahera
                    url: %s/qahera.rss
                    title: القاهرة الإخبارية
                    tags: [egypt]
                  - id: bbc
                    url: %s/bbc.atom
                    title: بي بي سي عربي
                    tags: [world]
                feeds:
                  - id: all
                    title: كل الأخبار
                    tags: [egypt, world]
                    dedupe: exact
                """.formatted(database().location(), sources.baseUrl(), sources.baseUrl()));
    }

    private JsonNode servedJson(Server server) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/feeds/all.json")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private Server serve() throws Exception {
        return Server.start(new ConfigLoader().load(config), config, InstantSource.system(), "127.0.0.1", 0);
    }

    private static List<String> titles(JsonNode feed) {
        List<String> titles = new ArrayList<>();
        feed.get("items").forEach(i -> titles.add(i.get("title").asText()));
        return titles;
    }

    @Test
    void mergesBothSourcesNewestFirstWithArabicIntactAndCredits() throws Exception {
        Fixtures.Run run = cli("fetch", "-c", config.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("qahera").contains("bbc").contains("fetched");

        try (Server server = serve()) {
            JsonNode feed = servedJson(server);
            assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(titles(feed)).containsExactly("الأرصاد: طقس معتدل على القاهرة",
                    "ارتفاع أسعار الذهب في الأسواق العالمية", "بوتين يستقبل علييف في الكرملين");
            JsonNode first = feed.get("items").get(0);
            assertThat(first.get("_rawafid").get("source").get("title").asText()).isEqualTo("القاهرة الإخبارية");
            assertThat(first.get("url").asText()).isEqualTo("https://alqaheranews.net/news/q-2");
            assertThat(first.get("content_html").asText()).contains("dir=\"rtl\"").contains("طقساً معتدلاً");
            assertThat(feed.get("items").get(1).get("authors").get(0).get("name").asText()).isEqualTo("مراسل بي بي سي");
        }
    }

    @Test
    void secondFetchAnswered304StoresNothingNew() {
        cli("fetch", "-c", config.toString());
        Fixtures.Run second = cli("fetch", "-c", config.toString());

        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("not-modified").contains("0 new items");
        sources.verify(getRequestedFor(urlEqualTo("/qahera.rss"))
                .withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"q1\"")));
        assertThat(itemCount()).isEqualTo(3);
    }

    private static List<String> ids(JsonNode feed) {
        List<String> ids = new ArrayList<>();
        feed.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void changedItemIsUpdatedNotDuplicatedAndKeepsItsId() throws Exception {
        cli("fetch", "-c", config.toString());
        List<String> idsBefore;
        try (Server server = serve()) {
            idsBefore = ids(servedJson(server));
        }
        sources.stubFor(get("/qahera.rss").willReturn(aResponse().withStatus(200).withHeader("ETag", "\"q2\"")
                .withBody(rss(rssItem("q-1", "بوتين يستقبل علييف في الكرملين (محدث)", "<p>تفاصيل جديدة.</p>",
                                "Sat, 28 Nov 2026 08:00:00 GMT"),
                        rssItem("q-2", "الأرصاد: طقس معتدل على القاهرة", "<p>توقعت الهيئة العامة للأرصاد طقساً معتدلاً.</p>",
                                "Sat, 28 Nov 2026 10:00:00 GMT")))));

        Fixtures.Run run = cli("fetch", "-c", config.toString(), "qahera");

        assertThat(run.out()).contains("0 new items, 1 updated");
        assertThat(itemCount()).isEqualTo(3);
        try (Server server = serve()) {
            JsonNode feed = servedJson(server);
            assertThat(titles(feed)).contains("بوتين يستقبل علييف في الكرملين (محدث)")
                    .doesNotContain("بوتين يستقبل علييف في الكرملين");
            assertThat(ids(feed)).containsExactlyInAnyOrderElementsOf(idsBefore);
        }
    }

    @Test
    void restartLosesNothingAndDuplicatesNothing() throws Exception {
        cli("fetch", "-c", config.toString());
        List<String> before;
        try (Server server = serve()) {
            before = titles(servedJson(server));
        }
        sources.resetRequests();
        try (Server server = serve()) {
            assertThat(titles(servedJson(server))).isEqualTo(before);
        }
        cli("fetch", "-c", config.toString());
        assertThat(itemCount()).isEqualTo(3);
    }

    @Test
    void failingSourceDoesNotStopTheOthersAndExitsOne() {
        sources.stubFor(get("/bbc.atom").willReturn(aResponse().withStatus(500)));

        Fixtures.Run run = cli("fetch", "-c", config.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("failed").contains("500");
        assertThat(itemCount()).isEqualTo(2);
    }

    private long itemCount() {
        return database().db().jdbc().sql("SELECT count(*) FROM item").query(Long.class).single();
    }
}
