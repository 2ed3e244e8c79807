package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which links of a listing can be articles, and the shape they are grouped by. */
class UrlShapeTest {
    private static final URI PAGE = URI.create("https://www.example.com/news/");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "https://www.example.com/news/97421 | /l/n",
            "https://example.com/news/2026/11/28/cabinet-approves-new-budget | /l/n/d/d/s",
            "https://m.example.com/story/2026/11/28/6012345 | /l/n/d/d/n",
            "https://www.example.com/news.aspx?id=88121 | /l?n",
            "https://www.example.com/sport/987654-الوداد-يتأهل | /l/s",
            "https://www.example.com/arabic/articles/c4g0xyz1234 | /l/l/m",
            "https://www.example.com/News/1.aspx | -",
            "https://www.example.com/news/page/2 | -",
            "https://www.example.com/news?page=200 | -",
            "https://www.example.com/tag/economy-news-today | -",
            "https://www.example.com/category/local/5123 | -",
            "https://www.example.com/politics | -",
            "https://facebook.com/example/posts/123456 | -",
            "https://www.example.com/a b/some-long-slug-here | /l/s",
    })
    void shapesArticleLinksAndRejectsTheRest(String link, String shape) {
        assertThat(UrlShape.of(link, PAGE)).isEqualTo(shape);
    }
}
