package org.rawafid.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCommandTest {
    @TempDir
    Path dir;
    private Path config;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void fetchTwoSources() throws Exception {
        Files.writeString(dir.resolve("a.rss"), rss("أ", """
                <item><title>إسرائيل تعلن هدنة في غزة</title><link>https://a.example/1</link><guid>a1</guid>
                  <pubDate>Sat, 05 Dec 2026 08:00:00 GMT</pubDate><description>هدنة لمدة ثلاثة أيام</description></item>
                <item><title>منتخب مصر يفوز على غانا</title><link>https://a.example/2</link><guid>a2</guid>
                  <pubDate>Sat, 05 Dec 2026 09:00:00 GMT</pubDate><description>رياضة</description></item>
                """));
        Files.writeString(dir.resolve("b.rss"), rss("ب", """
                <item><title>وللرئيس الفرنسي رأي في الهدنة</title><link>https://b.example/1</link><guid>b1</guid>
                  <pubDate>Sat, 05 Dec 2026 10:00:00 GMT</pubDate><description>اسرائيل وغزه</description></item>
                """));
        config = dir.resolve("feeds.yml");
        Files.writeString(config, """
                service:
                  database: %s
                sources:
                  - id: a
                    url: file:a.rss
                    title: المصدر أ
                  - id: b
                    url: file:b.rss
                feeds:
                  - id: only-b
                    title: ب
                    sources: [b]
                """.formatted(dir.resolve("data/r.db")));
        assertThat(run("fetch", "-c", config.toString()).code()).isZero();
    }

    private static String rss(String title, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>https://x.example/</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void printsTimeSourceTitleAndLinkPerHitNewestFirstAndExitsZero() {
        CliRun r = run("search", "-c", config.toString(), "إسرائيل");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "2026-12-05T10:00:00Z  b  وللرئيس الفرنسي رأي في الهدنة  https://b.example/1",
                "2026-12-05T08:00:00Z  المصدر أ  إسرائيل تعلن هدنة في غزة  https://a.example/1");
    }

    @Test
    void honoursFeedLimitAndOperators() {
        assertThat(run("search", "-c", config.toString(), "--feed", "only-b", "غزة").out().lines())
                .singleElement().asString().contains("https://b.example/1");
        assertThat(run("search", "-c", config.toString(), "--limit", "1", "هدنة").out().lines()).hasSize(1);
        assertThat(run("search", "-c", config.toString(), "هدنة -الفرنسي").out().lines())
                .singleElement().asString().contains("https://a.example/1");
        assertThat(run("search", "-c", config.toString(), "غانا OR الرئيس").out().lines()).hasSize(2);
    }

    @Test
    void exitsOneWithoutHitsAndTwoOnBadSyntaxWithOneLine() {
        CliRun none = run("search", "-c", config.toString(), "موسكو");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).isEmpty();

        CliRun bad = run("search", "-c", config.toString(), "\"غزة");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().lines()).singleElement().asString().contains("unterminated phrase");
        assertThat(run("search", "-c", config.toString(), "--since", "soon", "غزة").code()).isEqualTo(2);
    }
}
