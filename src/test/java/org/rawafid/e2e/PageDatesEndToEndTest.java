package org.rawafid.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.store.BackendTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;

/**
 * Issue 19.1: a feed whose items carry no date, with {@code fullText: true}, publishes each item at
 * the date its page states (the four dated real pages of ../shared/fixtures/arabic-pages/dates), and
 * the story index files it under that date; a feed's own date still wins, and a page date after
 * the fetch is not believed.
 */
class PageDatesEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    private static final Path DATES = Path.of("../shared/fixtures/arabic-pages/dates");

    @TempDir
    Path dir;

    @Test
    void datelessItemsTakeTheirPagesDatesAndTheStoryIndexUsesThem() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(DATES.resolve("expected_dates.json").toFile());
        List<String> items = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            String file = it.next().getKey();
            String path = "/page/" + file.replace(".html", "");
            serve(path, Files.readAllBytes(DATES.resolve(file)));
            items.add("<item><guid>" + file + "</guid><title>خبر " + file + "</title><link>" + wm.baseUrl() + path
                    + "</link><description>مقدمة قصيرة</description></item>");
        }
        wm.stubFor(get("/rss.xml").willReturn(aResponse().withBody(rss(items.toArray(String[]::new)))));
        Instant before = Instant.now();

        assertThat(cli("fetch", "-c", config().toString()).code()).isZero();

        int right = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            Instant published = publishedOf(page.getKey());
            // Dates compared in UTC+3, as in ArabicPagesTest (the pages' own offsets run from UTC+2 to UTC+4).
            LocalDate day = published.atOffset(ZoneOffset.ofHours(3)).toLocalDate();
            assertThat(day).as(page.getKey()).isEqualTo(LocalDate.parse(page.getValue().get("expected_date").asText()));
            assertThat(published).isBefore(before);
            right++;
        }
        assertThat(right).isEqualTo(4);
        assertThat(database().db().jdbc().sql("SELECT count(*) FROM item WHERE story_signature IS NOT NULL"
                + " AND signature_version = ?").param(org.rawafid.dedupe.Fingerprinter.SIGNATURE_VERSION)
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theFeedsOwnDateWinsAndAFuturePageDateIsNotBelieved() throws Exception {
        serve("/page/dated", Files.readAllBytes(DATES.resolve("1691196862.html")));
        serve("/page/future", page("2099-01-01T10:00:00+03:00"));
        wm.stubFor(get("/rss.xml").willReturn(aResponse().withBody(rss(
                "<item><guid>dated</guid><title>خبر مؤرخ</title><link>" + wm.baseUrl() + "/page/dated</link>"
                        + "<pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description>مقدمة</description></item>",
                "<item><guid>future</guid><title>خبر من المستقبل</title><link>" + wm.baseUrl() + "/page/future</link>"
                        + "<description>مقدمة</description></item>"))));
        Instant before = Instant.now();

        assertThat(cli("fetch", "-c", config().toString()).code()).isZero();

        assertThat(publishedOf("dated")).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(publishedOf("future")).isBetween(before, Instant.now());
    }

    @Test
    void aFeedDateFarInTheFutureCountsAsNoneAndThePagesDateIsTaken() throws Exception {
        serve("/page/dated", Files.readAllBytes(DATES.resolve("1691196862.html")));
        wm.stubFor(get("/rss.xml").willReturn(aResponse().withBody(rss(
                "<item><guid>dated</guid><title>خبر</title><link>" + wm.baseUrl() + "/page/dated</link>"
                        + "<pubDate>Fri, 01 Jan 2100 08:00:00 GMT</pubDate><description>مقدمة</description></item>"))));

        assertThat(cli("fetch", "-c", config().toString()).code()).isZero();

        assertThat(publishedOf("dated").atOffset(ZoneOffset.ofHours(3)).toLocalDate()).isEqualTo(LocalDate.parse("2020-08-24"));
    }

    private static void serve(String path, byte[] body) {
        wm.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(body)));
    }

    private static byte[] page(String published) {
        return ("<html lang=\"ar\"><head><title>خبر من المستقبل</title><meta property=\"article:published_time\" content=\""
                + published + "\"></head><body><article><h1>خبر من المستقبل</h1><p>"
                + "هذا نص مقال طويل بما يكفي ليستخرج من الصفحة كاملا. ".repeat(10) + "</p></article></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Instant publishedOf(String guid) {
        long millis = database().db().jdbc().sql("SELECT published_at FROM item WHERE guid = ?").param(guid)
                .query(Long.class).single();
        return Instant.ofEpochMilli(millis);
    }

    private Path config() {
        return Fixtures.writeConfig(dir, """
                service:
                  database: %s
                  allowPrivateNetworks: true
                sources:
                  - id: dated-pages
                    url: %s/rss.xml
                    fullText: true
                    tags: [n]
                feeds:
                  - {id: n, title: أخبار, tags: [n]}
                """.formatted(database().location(), wm.baseUrl()));
    }
}
