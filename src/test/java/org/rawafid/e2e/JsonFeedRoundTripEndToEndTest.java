package org.rawafid.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.e2e.Fixtures.cli;

/** Rawafid reads another Rawafid's JSON Feed ({@code type: feed}, detected by content) keeping titles, links, dates and authors. */
class JsonFeedRoundTripEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void readsItsOwnJsonFeedBackWithTitlesLinksDatesAndAuthors() throws Exception {
        Files.writeString(dir.resolve("ahram.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>الأهرام</title>
                <link>https://gate.ahram.org.eg/</link><description>بوابة الأهرام</description>
                <item><guid>a1</guid><title>افتتاح المتحف المصري الكبير</title><dc:creator>سارة محمود</dc:creator>
                <link>https://gate.ahram.org.eg/News/1.aspx</link><pubDate>Fri, 27 Nov 2026 18:30:00 +0200</pubDate>
                <description>شهدت القاهرة افتتاح المتحف المصري الكبير بحضور رسمي واسع.</description></item>
                <item><guid>a2</guid><title>ارتفاع أسعار الذهب في السوق المحلية</title>
                <link>https://gate.ahram.org.eg/News/2.aspx</link><pubDate>Sat, 28 Nov 2026 08:05:00 +0200</pubDate>
                <description>سجلت أسعار الذهب ارتفاعا جديدا صباح اليوم.</description></item>
                </channel></rss>""");
        Path first = Fixtures.writeConfig(dir, """
                service:
                  database: %s
                sources:
                  - {id: ahram, url: "file:%s", tags: [news]}
                feeds:
                  - {id: news, title: أخبار, tags: [news]}
                """.formatted(dir.resolve("one.db"), dir.resolve("ahram.rss")));
        assertThat(cli("fetch", "-c", first.toString()).code()).isZero();
        assertThat(cli("export", "-c", first.toString(), "-o", dir.resolve("out").toString()).code()).isZero();
        List<Map<String, Object>> before = rows(dir.resolve("one.db"));

        Path secondDir = Files.createDirectories(dir.resolve("second"));
        Path second = Fixtures.writeConfig(secondDir, """
                service:
                  database: %s
                sources:
                  - {id: rawafid, url: "file:%s", tags: [news]}
                feeds:
                  - {id: news, title: أخبار, tags: [news]}
                """.formatted(dir.resolve("two.db"), dir.resolve("out/news.json")));
        var run = cli("fetch", "-c", second.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();

        List<Map<String, Object>> after = rows(dir.resolve("two.db"));
        assertThat(after).hasSize(2);
        for (String column : List.of("title", "link", "published_at")) {
            assertThat(after).extracting(r -> r.get(column)).isEqualTo(before.stream().map(r -> r.get(column)).toList());
        }
        // The byline survives; an item without one carries the outlet, as the JSON Feed credits it (SPEC §8).
        assertThat(after).extracting(r -> r.get("author")).containsExactly("سارة محمود", "الأهرام");
    }

    private static List<Map<String, Object>> rows(Path database) {
        var db = org.rawafid.store.Database.open(database.toString());
        try {
            return db.jdbc().sql("SELECT title, link, published_at, author FROM item ORDER BY published_at").query()
                    .listOfRows();
        } finally {
            db.close();
        }
    }
}
