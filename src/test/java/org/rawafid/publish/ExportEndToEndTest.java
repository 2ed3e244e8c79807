package org.rawafid.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.cli.RawafidCommand;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fetch} + {@code export} on local {@code file:} sources produce valid feeds (issue: pipeline, "done means"). */
class ExportEndToEndTest {
    @TempDir
    Path dir;

    private static int run(String... args) {
        StringWriter sink = new StringWriter();
        return RawafidCommand.run(new PrintWriter(sink, true), new PrintWriter(sink, true), args);
    }

    @Test
    void fetchAndExportOfFileSourcesWriteValidFeeds() throws Exception {
        Files.writeString(dir.resolve("ahram.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>الأهرام</title><link>https://gate.ahram.org.eg/</link>
                <description>بوابة الأهرام</description>
                <item><guid>a1</guid><title>افتتاح المتحف المصري الكبير &amp; احتفال عالمي</title>
                <link>/News/1.aspx</link><pubDate>Fri, 27 Nov 2026 18:30:00 +0200</pubDate>
                <description>&lt;p&gt;شهدت القاهرة افتتاح المتحف &lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description></item>
                </channel></rss>""");
        Files.writeString(dir.resolve("dw.atom"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>DW عربية</title><id>urn:dw</id>
                <updated>2026-11-28T07:00:00Z</updated>
                <entry><id>urn:dw:1</id><title>ألمانيا تعلن حزمة مساعدات جديدة</title>
                <link href="https://www.dw.com/ar/1"/><updated>2026-11-28T07:00:00Z</updated>
                <summary>أعلنت الحكومة الألمانية حزمة مساعدات.</summary></entry></feed>""");
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, """
                service:
                  database: %s
                sources:
                  - id: ahram
                    url: file:ahram.rss
                    tags: [news]
                  - id: dw
                    url: file:dw.atom
                    tags: [news]
                feeds:
                  - id: news
                    title: أخبار
                    tags: [news]
                """.formatted(dir.resolve("db/r.db")));
        Path out = dir.resolve("site");

        assertThat(run("fetch", "-c", config.toString())).isZero();
        assertThat(run("export", "-c", config.toString(), "-o", out.toString())).isZero();

        for (String name : new String[]{"news.rss", "news.atom", "news.json", "news.html", "index.html", "sources.opml"}) {
            assertThat(out.resolve(name)).isNotEmptyFile();
        }
        byte[] atom = Files.readAllBytes(out.resolve("news.atom"));
        assertThat(AtomRendererTest.schemaErrors(atom)).isEmpty();
        String rss = Files.readString(out.resolve("news.rss"), StandardCharsets.UTF_8);
        assertThat(rss).contains("افتتاح المتحف المصري الكبير &amp; احتفال عالمي")
                .contains("https://gate.ahram.org.eg/News/1.aspx").doesNotContain("<script");
        var pubDates = java.util.regex.Pattern.compile("<pubDate>([^<]+)</pubDate>").matcher(rss);
        int dates = 0;
        while (pubDates.find()) {
            ZonedDateTime.parse(pubDates.group(1), DateTimeFormatter.RFC_1123_DATE_TIME);
            dates++;
        }
        assertThat(dates).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(out.resolve("news.json").toFile());
        assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        Set<String> ids = new HashSet<>();
        json.get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertThat(ids).hasSize(2);
        assertThat(Files.readString(out.resolve("index.html"))).contains("dir=\"rtl\"").contains("news.rss");
    }

    @Test
    void exportWritesTheStoryPagesItsFeedsLink() throws Exception {
        String lead = "استقبل الرئيس الروسي فلاديمير بوتين في الكرملين اليوم الرئيس الأذربيجاني إلهام علييف"
                + " وبحث الجانبان العلاقات الثنائية والتعاون في مجال الطاقة والنقل";
        for (String[] outlet : new String[][]{{"ahram", "Fri, 27 Nov 2026 18:30:00 +0200"},
                {"youm7", "Fri, 27 Nov 2026 19:30:00 +0200"}}) {
            Files.writeString(dir.resolve(outlet[0] + ".rss"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>%s</title><link>https://%s.example/</link>
                    <description>d</description>
                    <item><guid>1</guid><title>بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين</title>
                    <link>https://%s.example/1</link><pubDate>%s</pubDate><description>%s</description></item>
                    </channel></rss>""".formatted(outlet[0], outlet[0], outlet[0], outlet[1], lead));
        }
        Path config = dir.resolve("feeds.yml");
        Files.writeString(config, """
                service:
                  database: %s
                sources:
                  - {id: ahram, url: "file:ahram.rss", tags: [news]}
                  - {id: youm7, url: "file:youm7.rss", tags: [news]}
                feeds:
                  - {id: news, title: أخبار, tags: [news]}
                """.formatted(dir.resolve("db/r.db")));
        Path out = dir.resolve("site");

        assertThat(run("fetch", "-c", config.toString())).isZero();
        assertThat(run("export", "-c", config.toString(), "-o", out.toString())).isZero();

        JsonNode entry = new ObjectMapper().readTree(out.resolve("news.json").toFile()).get("items").get(0);
        String key = entry.get("id").asText().substring("urn:rawafid:story:".length());
        assertThat(entry.get("_rawafid").get("story_url").asText()).endsWith("/stories/" + key + ".html");
        assertThat(Files.readString(out.resolve("stories/" + key + ".html"))).contains("dir=\"rtl\"", "youm7");
        assertThat(new ObjectMapper().readTree(out.resolve("stories/" + key + ".json").toFile()).get("reports"))
                .hasSize(2);
    }
}
