package org.rawafid.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;
import static org.rawafid.e2e.Fixtures.rss;
import static org.rawafid.e2e.Fixtures.rssItem;

/**
 * Four outlets carry one story with spelling variants; two hard negatives share its names.
 * The story feed shows the story once, first report first, crediting the others; ids survive a
 * restart and a late fifth report.
 */
class StoryDedupEndToEndTest extends BackendTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();

    private static final String LEAD = "استقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم الرئيس الأذربيجاني إلهام علييف"
            + " وبحث الجانبان العلاقات الثنائية والتعاون في مجال الطاقة والنقل";

    private void serve(String id, String... items) {
        wm.stubFor(get("/" + id + ".rss").willReturn(aResponse().withBody(rss(items))));
    }

    private JsonNode feed(Path config) throws Exception {
        try (Server server = Server.start(new ConfigLoader().load(config), config, InstantSource.system(),
                "127.0.0.1", 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/feeds/stories.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            return json.readTree(r.body());
        }
    }

    private static Map<String, JsonNode> byId(JsonNode feed) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        feed.get("items").forEach(i -> items.put(i.get("id").asText(), i));
        return items;
    }

    private static List<String> also(JsonNode item) {
        List<String> outlets = new ArrayList<>();
        item.get("_rawafid").get("also").forEach(a -> outlets.add(a.get("source").get("id").asText()));
        return outlets;
    }

    @Test
    void oneStoryFromFourOutletsIsOneEntryAndKeepsItsIdAfterRestartAndALateReport() throws Exception {
        serve("qahera", rssItem("q1", "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين", "<p>" + LEAD + "</p>",
                "Sat, 28 Nov 2026 08:00:00 GMT"));
        serve("rt", rssItem("r1", "بوتن يستقبل الرئيس الاذربيجاني الهام علييف في الكرملين",
                "<p>" + LEAD.replace("بوتين", "بوتن").replace("الأذربيجاني", "الاذربيجاني").replace("إلهام", "الهام")
                        + "</p>", "Sat, 28 Nov 2026 08:20:00 GMT"),
                rssItem("r2", "بوتين يستقبل رئيس وزراء أرمينيا نيكول باشينيان في الكرملين",
                        "<p>استقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم رئيس الوزراء الأرميني نيكول باشينيان"
                                + " وبحثا الوضع في جنوب القوقاز</p>", "Sat, 28 Nov 2026 09:00:00 GMT"));
        serve("sky", rssItem("s1", "عاجل | بوتِين يستقبلُ الرئيسَ الأذربيجانيَّ إلهام علييف في الكرملين",
                "<p>" + LEAD + "</p>", "Sat, 28 Nov 2026 08:40:00 GMT"));
        serve("bbc", rssItem("b1", "الرئيس الأذربيجاني علييف في الكرملين للقاء بوتين",
                "<p>" + LEAD + "</p>", "Sat, 28 Nov 2026 09:10:00 GMT"),
                rssItem("b2", "زلزال بقوة 5.2 درجة يضرب شرق تركيا",
                        "<p>ضرب زلزال بقوة 5.2 درجة على مقياس ريختر شرق تركيا دون أنباء عن إصابات</p>",
                        "Sat, 28 Nov 2026 09:30:00 GMT"));
        serve("late");
        Path config = Fixtures.writeConfig(dir, """
                service:
                  database: %s
                sources:
                  - {id: qahera, url: "%s/qahera.rss", tags: [n], title: القاهرة الإخبارية}
                  - {id: rt, url: "%s/rt.rss", tags: [n], title: آر تي عربي}
                  - {id: sky, url: "%s/sky.rss", tags: [n], title: سكاي نيوز عربية}
                  - {id: bbc, url: "%s/bbc.rss", tags: [n], title: بي بي سي عربي}
                  - {id: late, url: "%s/late.rss", tags: [n], title: الشرق الأوسط}
                feeds:
                  - id: stories
                    title: القصص
                    tags: [n]
                    dedupe: story
                """.formatted(database().location(), wm.baseUrl(), wm.baseUrl(), wm.baseUrl(), wm.baseUrl(), wm.baseUrl()));

        assertThat(cli("fetch", "-c", config.toString()).code()).isZero();
        Map<String, JsonNode> first = byId(feed(config));

        assertThat(first).hasSize(3);
        JsonNode story = first.values().stream().filter(i -> i.get("title").asText().contains("علييف")).findFirst()
                .orElseThrow();
        assertThat(story.get("_rawafid").get("source").get("id").asText()).as("first report").isEqualTo("qahera");
        assertThat(also(story)).containsExactlyInAnyOrder("rt", "sky", "bbc");
        assertThat(story.get("content_html").asText()).contains("نشرته أيضاً");

        serve("late", rssItem("l1", "الكرملين: بوتين استقبل الرئيس الأذربيجاني إلهام علييف",
                "<p>" + LEAD + "</p>", "Sat, 28 Nov 2026 10:00:00 GMT"));
        assertThat(cli("fetch", "-c", config.toString(), "late").code()).isZero();
        Map<String, JsonNode> after = byId(feed(config));

        assertThat(after.keySet()).isEqualTo(first.keySet());
        assertThat(also(after.get(story.get("id").asText()))).containsExactlyInAnyOrder("rt", "sky", "bbc", "late");
        assertThat(after.get(story.get("id").asText()).get("date_modified").asText())
                .isGreaterThan(story.get("date_modified").asText());

        Fixtures.Run stories = cli("stories", "-c", config.toString(), "--since", "100000d");
        assertThat(stories.code()).isZero();
        assertThat(stories.out()).contains(story.get("id").asText()).contains("(5 reports)")
                .contains("1 multi-outlet stories");
    }
}
