package org.rawafid.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rawafid.clean.Article;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.clean.TitleCleaner;
import org.rawafid.dedupe.CanonicalLink;
import org.rawafid.model.Item;
import org.rawafid.model.ParsedItem;

/** Titles for items that come without one (sitemap URLs), and the article's headline replacing them. */
class ItemBuilderTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final ItemBuilder builder = new ItemBuilder(new HtmlCleaner(), new TitleCleaner(), new Summarizer(),
            new CanonicalLink());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "https://x.example/news/2024/08/18/putin-visits-baku.html | putin visits baku",
            "https://x.example/a/%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%8A%D8%B2%D9%88%D8%B1-%D8%A8%D8%A7%D9%83%D9%88 | بوتين يزور باكو",
            "https://x.example/news/97421 | -",
            "https://x.example/arab-and-world/2026/11/27/ | -",
            "https://x.example/a/%ZZ-bad-escape-here | -",
    })
    void titlesAnUntitledUrlFromItsSlug(String link, String title) {
        assertThat(ItemBuilder.slugTitle(link)).isEqualTo(title);
    }

    private Item untitled(String link) {
        ParsedItem parsed = new ParsedItem(null, link, null, null, null, null, null, null, List.of(), null, link);
        return builder.draft(parsed, URI.create("https://x.example/sitemap.xml"), null, "موقع", "ar", NOW)
                .toItem("s", link);
    }

    @Test
    void fallsBackToTheSlugThenTheLinkAndLetsTheArticleHeadlineReplaceEither() {
        Item slugged = untitled("https://x.example/news/putin-visits-baku");
        Item bare = untitled("https://x.example/news/97421");
        assertThat(slugged.title()).isEqualTo("putin visits baku");
        assertThat(bare.title()).isEqualTo("https://x.example/news/97421");

        Article article = new Article("بوتين يزور أذربيجان", null, null, "<p>نص</p>", "نص", null, null,
                "https://x.example/news/97421");
        assertThat(builder.withArticle(slugged, article, false).title()).isEqualTo("بوتين يزور أذربيجان");
        assertThat(builder.withArticle(bare, article, false).title()).isEqualTo("بوتين يزور أذربيجان");
    }
}
