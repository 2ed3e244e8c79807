package org.rawafid.publish;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.config.ConfigLoader;
import org.rawafid.config.Source;
import org.w3c.dom.Element;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search through {@code serve} (SPEC §4a): /search as a page and as feeds, and a saved search
 * ({@code query:}) served at /feeds/{id}.* and announced to the WebSub hub when a new item matches.
 */
class SearchServedTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String WATCH_ATOM = "hub.url=https%3A%2F%2Fnews.example%2Ffeeds%2Fwatch.atom";

    @TempDir
    Path dir;
    private Server server;
    private Source source;

    private static String rss(String... items) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (String item : items) {
            out.append("<item><guid>g").append(item.hashCode()).append("</guid><title>").append(item)
                    .append("</title><link>https://a.example/").append(Math.abs(item.hashCode())).append("</link>")
                    .append("<pubDate>Sat, 05 Dec 2026 0").append(i++).append(":00:00 GMT</pubDate></item>");
        }
        return "<rss version=\"2.0\"><channel><title>أ</title><link>https://a.example/</link><description>d</description>"
                + out + "</channel></rss>";
    }

    @BeforeEach
    void serve() throws Exception {
        wm.stubFor(post("/hub").willReturn(aResponse().withStatus(202)));
        wm.stubFor(get("/a.rss").willReturn(aResponse().withBody(rss("بوتين يستقبل إلهام علييف في الكرملين",
                "منتخب مصر يفوز على غانا", "رياضة: بوتين يشاهد المباراة"))));
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("s.db") + "\n  baseUrl: https://news.example\n"
                + "  hub: " + wm.baseUrl() + "/hub\nsources:\n  - id: a\n    url: " + wm.baseUrl() + "/a.rss\n"
                + "    interval: 1h\n    tags: [x]\nfeeds:\n  - id: all\n    title: الكل\n    tags: [x]\n"
                + "  - id: watch\n    title: متابعة\n    query: '\"إلهام علييف\" OR بوتين -رياضة'\n");
        server = Server.start(new ConfigLoader().load(file), file, InstantSource.system(), "127.0.0.1", 0);
        source = server.live().config().sources().get(0);
        server.app().refresher().refresh(source);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> fetch(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void searchPageMarksMatchedWordsAndKeepsTheQueryInItsForm() throws Exception {
        HttpResponse<byte[]> page = fetch("/search?q=" + q("الكرملين علييف"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(body(page)).contains("dir=\"rtl\"", "<mark>علييف</mark>", "<mark>الكرملين</mark>",
                "value=\"الكرملين علييف\"").doesNotContain("غانا");
        assertThat(body(fetch("/"))).contains("<form class=\"search\"", "action=\"search\"");
        assertThat(body(fetch("/feeds/all.html"))).contains("action=\"/search\"", "name=\"feed\" value=\"all\"");
    }

    @Test
    void badQueriesAreFourHundredWithOneLine() throws Exception {
        for (String bad : List.of("/search?q=" + q("\"غزة"), "/search.atom?q=" + q("غزة OR"), "/search.json",
                "/search?q=" + q("غزة") + "&since=soon", "/search?q=" + q("غزة") + "&feed=nope",
                "/search?q=" + q("غزة ".repeat(17)))) {
            HttpResponse<byte[]> r = fetch(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(body(r).strip()).as(bad).startsWith("bad query: ").doesNotContain("\n");
        }
    }

    @Test
    void searchFeedsAreValidCarryTheQueryInSelfLinksAndAnswerConditionalRequests() throws Exception {
        HttpResponse<byte[]> atom = fetch("/search.atom?q=" + q("بوتين -رياضة") + "&since=3650d");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(AtomRendererTest.schemaErrors(atom.body())).isEmpty();
        Element feed = Xml.parse(atom.body()).getDocumentElement();
        assertThat(Xml.children(feed, Xml.ATOM, "entry")).hasSize(1);
        String self = Xml.children(feed, Xml.ATOM, "link").stream().filter(l -> l.getAttribute("rel").equals("self"))
                .map(l -> l.getAttribute("href")).findFirst().orElseThrow();
        assertThat(self).isEqualTo("https://news.example/search.atom?q=%D8%A8%D9%88%D8%AA%D9%8A%D9%86%20-%D8%B1%D9%8A"
                + "%D8%A7%D8%B6%D8%A9&since=3650d");
        assertThat(atom.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        String etag = atom.headers().firstValue("ETag").orElseThrow();
        assertThat(fetch("/search.atom?q=" + q("بوتين -رياضة") + "&since=3650d", "If-None-Match", etag).statusCode())
                .isEqualTo(304);

        HttpResponse<byte[]> json = fetch("/search.json?q=" + q("علييف"));
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("application/feed+json"));
        assertThat(body(json)).contains("\"feed_url\" : \"https://news.example/search.json?q=");
        assertThat(body(fetch("/search.rss?q=" + q("علييف")))).contains("<rss", "علييف");
    }

    @Test
    void savedSearchFeedServesItsHitsAndPingsTheHubWhenANewItemMatches() throws Exception {
        HttpResponse<byte[]> watch = fetch("/feeds/watch.atom");
        assertThat(watch.statusCode()).isEqualTo(200);
        assertThat(AtomRendererTest.schemaErrors(watch.body())).isEmpty();
        assertThat(Xml.children(Xml.parse(watch.body()).getDocumentElement(), Xml.ATOM, "entry")).hasSize(1);
        awaitPings(WATCH_ATOM, 1);

        // A new item that only the plain feed carries: "all" changes, "watch" does not.
        wm.stubFor(get("/a.rss").willReturn(aResponse().withBody(rss("بوتين يستقبل إلهام علييف في الكرملين",
                "منتخب مصر يفوز على غانا", "رياضة: بوتين يشاهد المباراة", "أمطار غزيرة في الإسكندرية"))));
        server.app().refresher().refresh(source);
        awaitPings("hub.url=https%3A%2F%2Fnews.example%2Ffeeds%2Fall.atom", 2);
        assertThat(pings(WATCH_ATOM)).isEqualTo(1);

        // A new matching item: the saved search changes and the hub hears of it.
        wm.stubFor(get("/a.rss").willReturn(aResponse().withBody(rss("بوتين يستقبل إلهام علييف في الكرملين",
                "منتخب مصر يفوز على غانا", "رياضة: بوتين يشاهد المباراة", "أمطار غزيرة في الإسكندرية",
                "والهام علييف يزور باكو"))));
        server.app().refresher().refresh(source);
        awaitPings(WATCH_ATOM, 2);
        assertThat(Xml.children(Xml.parse(fetch("/feeds/watch.atom").body()).getDocumentElement(), Xml.ATOM, "entry"))
                .hasSize(2);
    }

    private static int pings(String hubUrl) {
        return wm.findAll(postRequestedFor(urlEqualTo("/hub")).withRequestBody(containing(hubUrl))).size();
    }

    private static void awaitPings(String hubUrl, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (pings(hubUrl) < n) {
            assertThat(System.nanoTime()).as("hub told of " + hubUrl + " " + n + " times").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
