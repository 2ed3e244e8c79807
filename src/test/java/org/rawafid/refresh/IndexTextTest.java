package org.rawafid.refresh;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigLoader;
import org.rawafid.search.IndexWriter;
import org.rawafid.search.SearchRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16: the refresher hands the index the cleaner's text of each item's content, so the HTML is
 * not parsed again. The terms it stores (read back term by term through FTS5's {@code fts5vocab})
 * are exactly those the catch-up path gives from the stored HTML, for new and changed items, over
 * markup whose text the cleaner and jsoup lay out differently (tables, line breaks, lists,
 * no-break spaces, soft hyphens, plain text).
 */
class IndexTextTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private static final String[] BODIES = {
        "<p>أول&nbsp;سطر من&#160;الخبر</p><p>ثاني الأسطر</p>",
        "<table><thead><tr><th>عمود</th><th>آخر</th></tr></thead><tr><td>خلية</td><td>أخرى</td></tr></table>نص بعد",
        "سطر<br>آخر<br/><ul><li>واحد</li><li>اثنان</li></ul><blockquote>اقتباس</blockquote>كلمة",
        "كل\u00ADمة مقسومة و<b>غامق</b>ملتصق <pre>نص   مسبق\n\nالتنسيق</pre><h2>عنوان</h2>",
        "نص بلا وسوم\n\nفقرة ثانية فيها 3.5 بالمئة و١٬٠٠٠ دينار",
        "<div><span>مقطع</span><span>ملتصق</span></div><figure><img src=\"https://e.org/a.jpg\"><figcaption>تعليق"
                + "</figcaption></figure><p>الرئيس\u00A0يزور العاصمة\u2003اليوم</p>",
    };

    private static String feed(String suffix) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < BODIES.length; i++) {
            items.append("<item><guid>").append(i).append("</guid><title>خبر ").append(i).append("</title><link>https://e.org/")
                    .append(i).append("</link><pubDate>Sat, 28 Nov 2026 0").append(i).append(":00:00 GMT</pubDate>")
                    .append("<description><![CDATA[").append(BODIES[i]).append(i == 0 ? suffix : "").append("]]></description></item>");
        }
        return "<rss version=\"2.0\"><channel><title>t</title><link>https://e.org/</link><description>d</description>"
                + items + "</channel></rss>";
    }

    @Test
    void theRefreshersTermsAreThoseOfTheStoredHtml() throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, "service:\n  database: " + dir.resolve("i.db") + "\nsources:\n  - id: s\n    url: "
                + wm.baseUrl() + "/feed.xml\n    tags: [x]\nfeeds:\n  - id: all\n    title: t\n    tags: [x]\n");
        Config config = new ConfigLoader().load(file);
        try (App app = App.open(config, file, InstantSource.system(), (s, r) -> { })) {
            wm.stubFor(get("/feed.xml").willReturn(aResponse().withBody(feed(""))));
            assertThat(app.refresher().refresh(config.sources().get(0)).newItems()).isEqualTo(BODIES.length);
            wm.stubFor(get("/feed.xml").willReturn(aResponse().withBody(feed("<p>إضافة&nbsp;جديدة</p>"))));
            assertThat(app.refresher().refresh(config.sources().get(0)).updatedItems()).isEqualTo(1);

            JdbcClient jdbc = app.database().jdbc();
            jdbc.sql("CREATE VIRTUAL TABLE terms_vocab USING fts5vocab('item_terms', 'instance')").update();
            Map<Long, String> live = indexed(jdbc);
            assertThat(live).hasSize(BODIES.length);
            assertThat(live.values()).allSatisfy(terms -> assertThat(terms).isNotBlank());

            jdbc.sql("UPDATE search_backlog SET next_id = (SELECT min(id) FROM item), last_id = (SELECT max(id) FROM item)")
                    .update();
            assertThat(new IndexWriter(new SearchRepository(app.database()), app.normalizer()).catchUp(app.writes()))
                    .isEqualTo(BODIES.length);
            assertThat(indexed(jdbc)).isEqualTo(live);
        }
    }

    /** Item id → its indexed terms in order, read back from FTS5. */
    private static Map<Long, String> indexed(JdbcClient jdbc) {
        Map<Long, StringBuilder> out = new TreeMap<>();
        jdbc.sql("SELECT v.doc & ((1 << 36) - 1) AS item_id, v.term FROM terms_vocab v" // key → item (V12)
                        + " ORDER BY item_id, v.offset")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> {
                    StringBuilder terms = out.computeIfAbsent(e.getKey(), k -> new StringBuilder());
                    terms.append(terms.isEmpty() ? "" : " ").append(e.getValue());
                });
        Map<Long, String> result = new TreeMap<>();
        out.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }
}
