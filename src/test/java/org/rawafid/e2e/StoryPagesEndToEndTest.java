package org.rawafid.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.Server;
import org.rawafid.config.ConfigLoader;
import org.rawafid.publish.Cursor;
import org.rawafid.store.BackendTest;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;
import static org.rawafid.e2e.Fixtures.rssItem;

/**
 * Story pages and the coverage feed through {@code serve} (SPEC §8a): three outlets carry a fire,
 * two an earthquake, one a match; four carried an older story outside the 24-hour window. The
 * merged entry links its story page, which lists the reports oldest first, marks the first and
 * the name only one outlet gave; the coverage feed ranks 3, 2, 1 and says so.
 */
class StoryPagesEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    private static final Path ATOM_SCHEMA = Path.of("../shared/fixtures/schemas/atom-rfc4287.rnc");
    private static final String FIRE = "حريق هائل يلتهم سوقا شعبية في مدينة حلب شمال سوريا";
    private static final String FIRE_LEAD = "اندلع حريق هائل فجر اليوم في سوق شعبية بمدينة حلب وهرعت فرق الإطفاء"
            + " إلى المكان وتمكنت من السيطرة على النيران بعد ساعات من العمل المتواصل";
    private static final String QUAKE = "زلزال بقوة 5.2 درجة يضرب شرق تركيا";
    private static final String QUAKE_LEAD = "ضرب زلزال بقوة 5.2 درجة على مقياس ريختر شرق تركيا دون أنباء عن إصابات";
    private static final String OLD = "البنك المركزي المصري يثبت أسعار الفائدة للمرة الثالثة";
    private static final String OLD_LEAD = "قرر البنك المركزي المصري في اجتماعه الدوري تثبيت أسعار الفائدة على"
            + " الإيداع والإقراض دون تغيير للمرة الثالثة على التوالي";

    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    private String ago(int minutes) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(now.minus(Duration.ofMinutes(minutes)).atOffset(ZoneOffset.UTC));
    }

    private Path setUp() {
        wm.stubFor(get("/qahera.rss").willReturn(aResponse().withBody(rss(
                rssItem("q-fire", FIRE, "<p>" + FIRE_LEAD + "</p>", ago(300)),
                rssItem("q-quake", QUAKE, "<p>" + QUAKE_LEAD + "</p>", ago(120)),
                rssItem("q-old", OLD, "<p>" + OLD_LEAD + "</p>", ago(30 * 60))))));
        wm.stubFor(get("/rt.rss").willReturn(aResponse().withBody(rss(
                rssItem("r-fire", FIRE.replace("شعبية", "شعبيه"), "<p>" + FIRE_LEAD
                        + " وقال مدير الدفاع المدني سامر عكاش إن التحقيقات جارية</p>", ago(240)),
                rssItem("r-old", OLD, "<p>" + OLD_LEAD + "</p>", ago(30 * 60 - 10))))));
        wm.stubFor(get("/sky.rss").willReturn(aResponse().withBody(rss(
                rssItem("s-fire", "عاجل | " + FIRE, "<p>" + FIRE_LEAD + "</p>", ago(180)),
                rssItem("s-match", "منتخب مصر يفوز على غانا في تصفيات كأس العالم",
                        "<p>حقق المنتخب المصري فوزا مهما على غانا بهدفين دون رد في التصفيات</p>", ago(30)),
                rssItem("s-old", OLD, "<p>" + OLD_LEAD + "</p>", ago(30 * 60 - 20))))));
        wm.stubFor(get("/bbc.rss").willReturn(aResponse().withBody(rss(
                rssItem("b-quake", QUAKE, "<p>" + QUAKE_LEAD + "</p>", ago(60)),
                rssItem("b-old", OLD, "<p>" + OLD_LEAD + "</p>", ago(30 * 60 - 30))))));
        String base = wm.baseUrl();
        Path config = Fixtures.writeConfig(dir, """
                service:
                  database: %s
                  baseUrl: http://news.example.org
                sources:
                  - {id: qahera, url: "%s/qahera.rss", tags: [n], title: القاهرة الإخبارية}
                  - {id: rt, url: "%s/rt.rss", tags: [n], title: آر تي عربي}
                  - {id: sky, url: "%s/sky.rss", tags: [n], title: سكاي نيوز عربية}
                  - {id: bbc, url: "%s/bbc.rss", tags: [n], title: بي بي سي عربي}
                feeds:
                  - {id: stories, title: القصص, tags: [n]}
                  - {id: top, title: الأكثر تغطية, tags: [n], rank: coverage, window: 24h, limit: 2}
                """.formatted(database().location(), base, base, base, base));
        assertThat(cli("fetch", "-c", config.toString()).code()).isZero();
        return config;
    }

    private HttpResponse<String> send(Server server, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(Server server, String path) throws Exception {
        HttpResponse<String> r = send(server, path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static JsonNode item(JsonNode feed, String title) {
        for (JsonNode item : feed.get("items")) {
            if (item.get("title").asText().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no item " + title + " in " + feed);
    }

    /** The path of an absolute story URL on this service. */
    private static String path(String url) {
        assertThat(url).startsWith("http://news.example.org/stories/");
        return url.substring("http://news.example.org".length());
    }

    @Test
    void aMergedEntryLinksAPageComparingEveryReport() throws Exception {
        Path config = setUp();
        try (Server server = Server.start(new ConfigLoader().load(config), config, InstantSource.system(),
                "127.0.0.1", 0)) {
            JsonNode fire = item(read(server, "/feeds/stories.json"), FIRE);
            String storyUrl = fire.get("_rawafid").get("story_url").asText();
            String key = fire.get("id").asText().substring("urn:rawafid:story:".length());
            assertThat(storyUrl).isEqualTo("http://news.example.org/stories/" + key + ".html");
            assertThat(fire.get("content_html").asText()).contains("href=\"" + storyUrl + "\"");

            HttpResponse<String> page = send(server, path(storyUrl));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html").contains("utf-8");
            String html = page.body();
            assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "name=\"viewport\"").doesNotContain("<script");
            assertThat(List.of(html.indexOf("القاهرة الإخبارية"), html.indexOf("آر تي عربي"),
                    html.indexOf("سكاي نيوز عربية"))).as("oldest first").isSorted().doesNotContain(-1);
            assertThat(html.split("class=\"report first\"", -1)).as("one first report").hasSize(2);
            assertThat(html.indexOf("class=\"report first\"")).isLessThan(html.indexOf("القاهرة الإخبارية"));
            assertThat(html).contains("href=\"https://alqaheranews.net/news/r-fire\"", "<mark>سامر</mark>",
                    "<mark>عكاش</mark>").doesNotContain("<mark>حريق</mark>", "<mark>حلب</mark>");

            JsonNode story = read(server, "/stories/" + key + ".json");
            assertThat(story.get("id").asText()).isEqualTo(fire.get("id").asText());
            List<String> outlets = new ArrayList<>();
            story.get("reports").forEach(r -> outlets.add(r.get("outlet").get("id").asText()));
            assertThat(outlets).containsExactly("qahera", "rt", "sky");
            assertThat(story.get("reports").get(0).get("first").asBoolean()).isTrue();
            assertThat(story.get("reports").get(1).get("first").asBoolean()).isFalse();
            assertThat(story.get("reports").get(1).get("url").asText())
                    .isEqualTo("https://alqaheranews.net/news/r-fire");
            assertThat(story.get("reports").get(1).get("lead").asText()).contains("سامر عكاش");
            assertThat(json.convertValue(story.get("reports").get(1).get("differs"), List.class))
                    .contains("سامر", "عكاش").doesNotContain("حريق");

            String atom = send(server, "/feeds/stories.atom").body();
            assertThat(atom).contains("<link rel=\"related\" type=\"text/html\" href=\"" + storyUrl + "\"");
            ValidationDriver driver = new ValidationDriver(CompactSchemaReader.getInstance());
            assertThat(driver.loadSchema(ValidationDriver.fileInputSource(ATOM_SCHEMA.toFile()))).isTrue();
            assertThat(driver.validate(new InputSource(new ByteArrayInputStream(atom.getBytes(StandardCharsets.UTF_8)))))
                    .as("Atom with rel=related is valid RFC 4287").isTrue();
        }
    }

    @Test
    void storyPagesRevalidateWithTheirEtagAndUnknownKeysAre404() throws Exception {
        Path config = setUp();
        try (Server server = Server.start(new ConfigLoader().load(config), config, InstantSource.system(),
                "127.0.0.1", 0)) {
            String url = path(item(read(server, "/feeds/stories.json"), QUAKE).get("_rawafid").get("story_url").asText());
            HttpResponse<String> first = send(server, url);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).startsWith("\"");
            assertThat(first.headers().firstValue("Last-Modified")).isPresent();

            assertThat(send(server, url, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(send(server, url, "If-Modified-Since",
                    first.headers().firstValue("Last-Modified").orElseThrow()).statusCode()).isEqualTo(304);
            assertThat(send(server, url.replace(".html", ".json")).headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/json").contains("utf-8");

            for (String missing : List.of("/stories/0123456789abcdef0123456789abcdef.html",
                    "/stories/0123456789abcdef0123456789abcdef.json", "/stories/xyz.html",
                    url.replace(".html", ".rss"), url.replace(url.substring(9, 41), url.substring(9, 41).toUpperCase()))) {
                HttpResponse<String> r = send(server, missing);
                assertThat(r.statusCode()).as(missing).isEqualTo(404);
                assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
                assertThat(r.body()).startsWith("no such story").doesNotContain("<");
            }
        }
    }

    @Test
    void theCoverageFeedRanksStoriesByOutletsWithinTheWindowInEveryFormat() throws Exception {
        Path config = setUp();
        try (Server server = Server.start(new ConfigLoader().load(config), config, InstantSource.system(),
                "127.0.0.1", 0)) {
            JsonNode page1 = read(server, "/feeds/top.json");
            List<String> titles = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            JsonNode page = page1;
            for (int pages = 0; pages < 5 && page != null; pages++) {
                page.get("items").forEach(i -> {
                    titles.add(i.get("title").asText());
                    counts.add(i.get("_rawafid").get("outlets").asInt());
                });
                page = page.has("next_url") ? read(server, page.get("next_url").asText()
                        .replace("http://news.example.org", "")) : null;
            }
            assertThat(titles).as("the older four-outlet story is outside the window")
                    .containsExactly(FIRE, QUAKE, "منتخب مصر يفوز على غانا في تصفيات كأس العالم");
            assertThat(counts).containsExactly(3, 2, 1);
            assertThat(item(page1, FIRE).get("content_html").asText()).contains("غطّته ٣ مصادر");
            assertThat(item(page1, FIRE).get("id").asText())
                    .isEqualTo(item(read(server, "/feeds/stories.json"), FIRE).get("id").asText());

            assertThat(send(server, "/feeds/top.html").body()).contains("dir=\"rtl\"", "غطّته ٣ مصادر", "غطّاه مصدران");
            for (String format : List.of("rss", "atom")) {
                HttpResponse<String> r = send(server, "/feeds/top." + format);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body().indexOf(FIRE)).isLessThan(r.body().indexOf(QUAKE)).isNotNegative();
                assertThat(r.body()).contains("?before=");
            }
            String recency = new Cursor(now, 1).encode();
            assertThat(send(server, "/feeds/top.json?before=" + recency).statusCode())
                    .as("a recency cursor is not a coverage cursor").isEqualTo(400);
            assertThat(send(server, "/feeds/stories.json?before=" + new Cursor(now, 1, 2).encode()).statusCode())
                    .as("nor the other way round").isEqualTo(400);
        }
    }
}
