package org.rawafid.e2e;

import org.rawafid.store.BackendTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;

/** {@code fullText: true}: each new item's page is fetched once and the article replaces the feed's teaser. */
class FullTextEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static final Path PAGE = Path.of("../shared/fixtures/pages/alqahera-putin-azerbaijan.html");
    private static final Path EXPECTED = Path.of("../shared/fixtures/pages/alqahera-putin-azerbaijan.expected.json");

    private String item() {
        return "<item><guid>97421</guid><title>تجاهل هجوم كورسك.. بوتين يزور أذربيجان لتقريبها إلى روسيا</title>"
                + "<link>" + wm.baseUrl() + "/news/97421</link><pubDate>Sun, 18 Aug 2024 06:41:00 GMT</pubDate>"
                + "<description>غض الرئيس الروسي الطرف عن الهجوم...</description></item>";
    }

    private Path config(boolean allowPrivate) throws Exception {
        return Fixtures.writeConfig(dir, """
                service:
                  database: %s
                  allowPrivateNetworks: %s
                sources:
                  - id: alqahera
                    url: %s/rss.xml
                    title: القاهرة الإخبارية
                    fullText: true
                    tags: [n]
                feeds:
                  - {id: n, title: أخبار, tags: [n]}
                """.formatted(database().location(), allowPrivate, wm.baseUrl()));
    }

    @Test
    void replacesTheTeaserWithTheExtractedArticleAndItsByline() throws Exception {
        wm.stubFor(get("/rss.xml").willReturn(aResponse().withBody(rss(item()))));
        wm.stubFor(get("/news/97421").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(Files.readAllBytes(PAGE))));
        JsonNode expected = new ObjectMapper().readTree(EXPECTED.toFile());

        assertThat(cli("fetch", "-c", config(true).toString()).code()).isZero();
        assertThat(cli("fetch", "-c", config(true).toString()).code()).isZero();

        var row = database().db().jdbc()
                .sql("SELECT content_html, author, summary FROM item").query().singleRow();
        String html = (String) row.get("content_html");
        for (JsonNode block : expected.get("blocks")) {
            String text = block.get("text").asText();
            assertThat(html).contains(text.substring(0, Math.min(40, text.length())));
        }
        for (JsonNode absent : expected.get("absent")) {
            assertThat(html).doesNotContain(absent.asText());
        }
        assertThat(row.get("author")).isEqualTo("أحمد أنور");
        assertThat((String) row.get("summary")).startsWith("غض الرئيس الروسي فلاديمير بوتين");
        wm.verify(1, getRequestedFor(urlEqualTo("/news/97421")));
    }

    @Test
    void publishesTheLeadImageWithItsCaptionAndThePagesHeadlineForATruncatedTitle() throws Exception {
        wm.stubFor(get("/rss.xml").willReturn(aResponse().withBody(rss(item()
                .replace("لتقريبها إلى روسيا</title>", "...</title>")))));
        wm.stubFor(get("/news/97421").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(Files.readAllBytes(PAGE))));
        Path config = config(true);

        assertThat(cli("fetch", "-c", config.toString()).code()).isZero();
        assertThat(cli("export", "-c", config.toString(), "-o", dir.resolve("out").toString()).code()).isZero();

        // The page's relative og:image and lazy data-src, made absolute against the page's (here WireMock's) URL.
        JsonNode entry = new ObjectMapper().readTree(dir.resolve("out/n.json").toFile()).get("items").get(0);
        String html = entry.get("content_html").asText();
        assertThat(html).contains("<figure><img src=\"" + wm.baseUrl() + "/Upload/News/2024/8/18/putin-aliyev.jpg\"")
                .contains("<figcaption>الرئيسان فلاديمير بوتين وإلهام علييف</figcaption>");
        assertThat(html.indexOf("<figure>")).isLessThan(html.indexOf("غض الرئيس الروسي"));
        assertThat(entry.get("title").asText()).isEqualTo("تجاهل هجوم كورسك.. بوتين يزور أذربيجان لتقريبها إلى روسيا");
    }

    @Test
    void refusesLoopbackPagesByDefaultAndKeepsTheFeedsContent() throws Exception {
        wm.stubFor(get("/rss.xml").willReturn(aResponse().withBody(rss(item()))));

        assertThat(cli("fetch", "-c", config(false).toString()).code()).isZero();

        String html = database().db().jdbc().sql("SELECT content_html FROM item")
                .query(String.class).single();
        assertThat(html).contains("غض الرئيس الروسي الطرف عن الهجوم");
        wm.verify(0, getRequestedFor(urlEqualTo("/news/97421")));
    }
}
