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
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;

/**
 * Sources without a feed (SPEC §5a) through the whole pipeline: the Al Qahera article reached from a
 * listing page and from a sitemap with {@code fullText: true}, a Telegram channel, robots.txt obeyed,
 * and an empty listing reported as a failure.
 */
class ScrapedSourcesEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static final Path PAGE = Path.of("../shared/fixtures/pages/alqahera-putin-azerbaijan.html");
    private static final Path EXPECTED = Path.of("../shared/fixtures/pages/alqahera-putin-azerbaijan.expected.json");
    private static final String HTML = "text/html; charset=utf-8";

    private Path config(String type, String path, boolean fullText) {
        return Fixtures.writeConfig(dir, """
                service:
                  database: %s
                  allowPrivateNetworks: true
                sources:
                  - id: qahera-web
                    type: %s
                    url: %s%s
                    title: القاهرة الإخبارية
                    fullText: %s
                    tags: [n]
                feeds:
                  - {id: n, title: أخبار, tags: [n]}
                """.formatted(database().location(), type, wm.baseUrl(), path, fullText));
    }

    private void stubArticle() throws Exception {
        wm.stubFor(get("/news/97421").willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody(Files.readAllBytes(PAGE))));
    }

    private static final String LISTING = """
            <html lang="ar"><head><title>أخبار | القاهرة الإخبارية</title></head><body>
            <header><nav><a href="/section/egypt">مصر</a> <a href="/section/world">العالم العربي والدولي</a></nav></header>
            <div class="latest">
              <div class="item"><h2><a href="/news/97421">تجاهل هجوم كورسك.. بوتين يزور أذربيجان لتقريبها إلى روسيا</a></h2></div>
              <div class="item"><h2><a href="/news/97420">مصر تستضيف جولة جديدة من مفاوضات وقف إطلاق النار</a></h2></div>
              <div class="item"><h2><a href="/news/97419">ارتفاع الحرارة على معظم الأنحاء خلال الأيام المقبلة</a></h2></div>
            </div>
            <div class="pager"><a href="/latest?page=2">2</a></div>
            </body></html>""";

    private void assertTheArticleWasExtracted(String link) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(EXPECTED.toFile());
        Map<String, Object> row = database().db().jdbc()
                .sql("SELECT title, content_html, author, summary, image_url FROM item WHERE link = ?")
                .param(link).query().singleRow();
        String html = (String) row.get("content_html");
        for (JsonNode block : expected.get("blocks")) {
            String text = block.get("text").asText();
            assertThat(html).contains(text.substring(0, Math.min(40, text.length())));
        }
        for (JsonNode absent : expected.get("absent")) {
            assertThat(html).doesNotContain(absent.asText());
        }
        assertThat(row.get("title")).isEqualTo(expected.get("title").asText());
        assertThat(row.get("author")).isEqualTo(expected.get("author").asText());
        assertThat((String) row.get("summary")).startsWith("غض الرئيس الروسي فلاديمير بوتين");
        assertThat((String) row.get("image_url")).isEqualTo(wm.baseUrl() + "/Upload/News/2024/8/18/putin-aliyev.jpg");
    }

    @Test
    void readsTheAlQaheraArticleThroughAListingPageWithFullText() throws Exception {
        wm.stubFor(get("/latest").willReturn(aResponse().withHeader("Content-Type", HTML).withBody(LISTING)));
        stubArticle();

        var run = cli("fetch", "-c", config("html", "/latest", true).toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(database().db().jdbc().sql("SELECT link FROM item ORDER BY link").query(String.class).list())
                .containsExactly(wm.baseUrl() + "/news/97419", wm.baseUrl() + "/news/97420",
                        wm.baseUrl() + "/news/97421");
        assertTheArticleWasExtracted(wm.baseUrl() + "/news/97421");
        wm.verify(1, getRequestedFor(urlEqualTo("/news/97421")));
        wm.verify(0, getRequestedFor(urlEqualTo("/section/egypt")));
    }

    @Test
    void readsTheAlQaheraArticleThroughASitemapWithFullText() throws Exception {
        wm.stubFor(get("/sitemap.xml").willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%s/news/97421</loc><lastmod>2024-08-18T06:41:00Z</lastmod></url>
                </urlset>""".formatted(wm.baseUrl()))));
        stubArticle();

        var run = cli("fetch", "-c", config("sitemap", "/sitemap.xml", true).toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertTheArticleWasExtracted(wm.baseUrl() + "/news/97421");
    }

    @Test
    void followsASitemapIndexThroughTheSameFetchPathAndRobotsRules() throws Exception {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withBody("User-agent: *\nDisallow: /sitemaps/private\n")));
        wm.stubFor(get("/sitemap-index.xml").willReturn(aResponse().withBody("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%1$s/sitemaps/news.xml</loc><lastmod>2026-11-28T10:00:00Z</lastmod></sitemap>
                  <sitemap><loc>%1$s/sitemaps/private.xml</loc><lastmod>2026-11-28T11:00:00Z</lastmod></sitemap>
                </sitemapindex>""".formatted(wm.baseUrl()))));
        wm.stubFor(get("/sitemaps/news.xml").willReturn(aResponse().withBody("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>%s/news/97420</loc><news:news><news:title>مصر تستضيف جولة جديدة من المفاوضات</news:title>
                  <news:publication_date>2026-11-28T09:00:00Z</news:publication_date></news:news></url>
                </urlset>""".formatted(wm.baseUrl()))));

        var run = cli("fetch", "-c", config("sitemap", "/sitemap-index.xml", false).toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(database().db().jdbc().sql("SELECT title FROM item").query(String.class).single())
                .isEqualTo("مصر تستضيف جولة جديدة من المفاوضات");
        wm.verify(0, getRequestedFor(urlEqualTo("/sitemaps/private.xml")));
    }

    @Test
    void readsATelegramChannelPage() throws Exception {
        wm.stubFor(get("/s/alqaheranewstv").willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody(Files.readAllBytes(Path.of("src/test/resources/parse/kinds/telegram-channel.html")))));

        var run = cli("fetch", "-c", config("telegram", "/s/alqaheranewstv", false).toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(database().db().jdbc().sql("SELECT link FROM item ORDER BY link").query(String.class).list())
                .hasSize(5).allMatch(link -> link.startsWith("https://t.me/alqaheranewstv/12"));
    }

    @Test
    void skipsAListingThatRobotsTxtDisallowsAndSaysWhy() throws Exception {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withBody("User-agent: *\nDisallow: /latest\n")));
        wm.stubFor(get("/latest").willReturn(aResponse().withHeader("Content-Type", HTML).withBody(LISTING)));

        var run = cli("fetch", "-c", config("html", "/latest", false).toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(lastError()).contains("robots.txt").contains("disallows /latest").contains("page skipped");
        wm.verify(0, getRequestedFor(urlEqualTo("/latest")));
    }

    @Test
    void keepsTheListingsTextWhenRobotsTxtDisallowsTheArticlePages() throws Exception {
        wm.stubFor(get("/robots.txt").willReturn(aResponse().withBody("""
                User-agent: Rawafid
                Disallow: /news/
                User-agent: *
                Disallow: /
                """)));
        wm.stubFor(get("/latest").willReturn(aResponse().withHeader("Content-Type", HTML).withBody(LISTING)));
        stubArticle();

        var run = cli("fetch", "-c", config("html", "/latest", true).toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(database().db().jdbc().sql("SELECT count(*) FROM item").query(Integer.class).single()).isEqualTo(3);
        wm.verify(0, getRequestedFor(urlEqualTo("/news/97421")));
        wm.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
    }

    @Test
    void aListingWithoutArticlesFailsWithAReasonInsteadOfAnEmptySuccess() throws Exception {
        wm.stubFor(get("/latest").willReturn(aResponse().withHeader("Content-Type", HTML)
                .withBody("<html><body><nav><a href='/section/a'>قسم</a></nav><p>لا أخبار</p></body></html>")));

        var run = cli("fetch", "-c", config("html", "/latest", false).toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(lastError()).contains("html: no article links found");
    }

    private String lastError() {
        return database().db().jdbc().sql("SELECT last_error FROM source_state").query(String.class).single();
    }
}
