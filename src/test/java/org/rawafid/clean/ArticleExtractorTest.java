package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private static final Path PAGES = Path.of("../shared/fixtures/pages");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void extractsTheAlqaheraArticleExactly() throws IOException {
        JsonNode expected = JSON.readTree(PAGES.resolve("alqahera-putin-azerbaijan.expected.json").toFile());
        String html = Files.readString(PAGES.resolve("alqahera-putin-azerbaijan.html"));
        Article article = extractor.extract(html, URI.create(expected.get("url").asText()), null, List.of(),
                "القاهرة الإخبارية").orElseThrow();

        assertThat(blocks(article.contentHtml())).containsExactlyElementsOf(expectedBlocks(expected));
        assertThat(article.title()).isEqualTo(expected.get("title").asText());
        assertThat(article.author()).isEqualTo(expected.get("author").asText());
        assertThat(article.imageUrl()).isEqualTo(expected.at("/image/src").asText());
        assertThat(article.imageCaption()).isEqualTo(expected.at("/image/caption").asText());
        assertThat(article.published()).isEqualTo(Instant.parse("2024-08-18T06:41:00Z"));
        assertThat(article.contentHtml()).startsWith("<div dir=\"rtl\" lang=\"ar\">");
        for (JsonNode absent : expected.get("absent")) {
            assertThat(article.contentHtml()).doesNotContain(absent.asText());
            assertThat(article.text()).doesNotContain(absent.asText());
        }
    }

    @Test
    void takesTheBylineAsAuthorWhenThePageHasNoAuthorMetadata() throws IOException {
        String html = Files.readString(PAGES.resolve("alqahera-putin-azerbaijan.html"))
                .replace("\"author\":{\"@type\":\"Person\",\"name\":\"أحمد أنور\"},", "");
        Article article = extractor.extract(html, URI.create("https://alqaheranews.net/news/97421"), null, List.of(),
                null).orElseThrow();
        assertThat(article.author()).isEqualTo("أحمد أنور");
        assertThat(article.text()).doesNotContain("القاهرة الإخبارية - أحمد أنور");
    }

    @Test
    void usesTheSourceSelectorsWhenGiven() throws IOException {
        String html = Files.readString(PAGES.resolve("alqahera-putin-azerbaijan.html"));
        Article article = extractor.extract(html, URI.create("https://alqaheranews.net/news/97421"), "div.news-body",
                List.of("h2"), "القاهرة الإخبارية").orElseThrow();
        assertThat(article.text()).startsWith("غض الرئيس الروسي").doesNotContain("ناجورنو كاراباخ\n");
        assertThat(Jsoup.parseBodyFragment(article.contentHtml()).select("h2")).isEmpty();
    }

    @Test
    void usesJsonLdArticleBodyWhenThePageShowsOnlyATeaser() {
        String body = "ويبحث الطرفان شراكات استراتيجية ومشكلات دولية وإقليمية، وسط مراقبة من أرمينيا المجاورة. ".repeat(6);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"عنوان\","
                + "\"articleBody\":\"" + body + "\"}</script></head><body><article><p>ويبحث الطرفان شراكات استراتيجية.</p>"
                + "<a href=\"/subscribe\">اشترك لقراءة المزيد</a></article></body></html>";
        Article article = extractor.extract(html, URI.create("https://news.example/2"), null, List.of(), null).orElseThrow();
        assertThat(article.text()).isEqualTo(body.strip());
        assertThat(article.title()).isEqualTo("عنوان");
    }

    @Test
    void namesTheBadSelectorAndThePage() {
        assertThatThrownBy(() -> extractor.extract("<p>x</p>", URI.create("https://news.example/1"), "div[", List.of(),
                null)).isInstanceOf(CleanException.class).hasMessageContaining("div[").hasMessageContaining("news.example/1");
    }

    @Test
    void findsNothingOnAPageWithoutArticleText() {
        String html = "<html><head><title>الرئيسية</title></head><body><nav><a href=/a>مصر</a></nav>"
                + "<p>مرحبا</p></body></html>";
        assertThat(extractor.extract(html, URI.create("https://news.example/"), null, List.of(), null)).isEmpty();
    }

    @Test
    void usesTheInjectedDateParser() throws IOException {
        Instant fixed = Instant.parse("2001-02-03T04:05:06Z");
        ArticleExtractor custom = new ArticleExtractor(new HtmlCleaner(), new TitleCleaner(),
                s -> java.util.Optional.of(fixed));
        String html = Files.readString(PAGES.resolve("alqahera-putin-azerbaijan.html"));
        assertThat(custom.extract(html, URI.create("https://alqaheranews.net/news/97421"), null, List.of(), null)
                .orElseThrow().published()).isEqualTo(fixed);
    }

    /** The article's paragraphs and subheadings, in order, as tag + folded text. */
    @Test
    void putsTheLeadImageWithItsCaptionFirstWhenTheBodyLacksIt() throws IOException {
        String html = Files.readString(PAGES.resolve("alqahera-putin-azerbaijan.html"));
        Article article = extractor.extract(html, URI.create("https://alqaheranews.net/news/97421"), null, List.of(),
                "القاهرة الإخبارية").orElseThrow();

        Element figure = Jsoup.parseBodyFragment(article.contentHtml()).body().selectFirst("div[dir=rtl] > figure");
        assertThat(figure).isNotNull();
        assertThat(figure.elementSiblingIndex()).isZero();
        assertThat(figure.selectFirst("img").attr("src"))
                .isEqualTo("https://alqaheranews.net/Upload/News/2024/8/18/putin-aliyev.jpg");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("الرئيسان فلاديمير بوتين وإلهام علييف");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("الرئيسان فلاديمير بوتين وإلهام علييف");
        assertThat(article.text()).startsWith("غض الرئيس الروسي"); // the summary stays the article's opening
    }

    @Test
    void addsNoSecondCopyOfALeadImageTheBodyAlreadyShows() {
        String page = "<html><head><meta property=\"og:image\" content=\"https://cdn.example/img/lead.jpg?w=1200\">"
                + "</head><body><article><figure><img src=\"https://example.org/img/lead.jpg\"><figcaption>تعليق"
                + "</figcaption></figure><p>" + "نص المقال الطويل بما يكفي للاستخراج. ".repeat(12) + "</p></article>"
                + "</body></html>";
        Article article = extractor.extract(page, URI.create("https://example.org/a/1"), null, List.of(), null)
                .orElseThrow();

        assertThat(Jsoup.parseBodyFragment(article.contentHtml()).select("img")).hasSize(1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/assets/img/logo.png", "/images/Default.jpg?v=2",
            "/static/placeholder-1200x630.jpg"})
    void leavesOutASiteLogoOrStockPictureGivenAsOgImage(String path) {
        String page = "<html><head><meta property=\"og:image\" content=\"" + path + "\"></head><body><header><img src=\""
                + path + "\"></header><article><p>" + "نص المقال الطويل بما يكفي للاستخراج. ".repeat(12) + "</p></article>"
                + "</body></html>";
        Article article = extractor.extract(page, URI.create("https://example.org/a/1"), null, List.of(), null)
                .orElseThrow();

        assertThat(article.contentHtml()).doesNotContain("<figure>").doesNotContain("<img");
    }

    @Test
    void escapesACaptionThatLooksLikeMarkup() {
        String page = "<html><head><title>عنوان</title></head><body><article><figure><img data-src=\"/i/a.jpg\" src=\"data:,\">"
                + "<figcaption>&lt;script&gt;alert(1)&lt;/script&gt; صورة</figcaption></figure></article>"
                + "<div class=\"body\"><p>" + "نص المقال الطويل بما يكفي للاستخراج. ".repeat(12) + "</p></div></body></html>";
        Article article = extractor.extract(page, URI.create("https://example.org/a/1"), "div.body", List.of(), null)
                .orElseThrow();

        assertThat(article.contentHtml()).contains("<figure><img src=\"https://example.org/i/a.jpg\"");
        var body = Jsoup.parseBodyFragment(article.contentHtml()).body();
        assertThat(body.select("script")).isEmpty();
        assertThat(body.selectFirst("figcaption").text()).isEqualTo("<script>alert(1)</script> صورة");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "<span itemprop=\"datePublished\" content=\"2020-06-03T03:01+0400\">3 يونيو</span>",
            "<div itemprop=\"datePublished\">الأربعاء، 03 يونيو 2020 - 03:01 ص</div>"})
    void readsMicrodataDatesOnOrdinaryElements(String dateMarkup) {
        String page = "<html><head><title>عنوان</title></head><body><article><h1>عنوان</h1>" + dateMarkup
                + "<p>" + "نص المقال الطويل بما يكفي للاستخراج. ".repeat(12) + "</p></article></body></html>";
        Article article = extractor.extract(page, URI.create("https://example.org/a/1"), null, List.of(), null)
                .orElseThrow();

        assertThat(article.published()).isBetween(Instant.parse("2020-06-02T23:00:00Z"), Instant.parse("2020-06-03T03:01:00Z"));
    }

    static List<String> blocks(String html) {
        List<String> out = new ArrayList<>();
        for (Element el : Jsoup.parseBodyFragment(html).body().select("p, h2, h3, h4, h5, h6, li, blockquote")) {
            out.add(el.normalName() + ": " + ArabicText.foldSpaces(el.text()));
        }
        return out;
    }

    private static List<String> expectedBlocks(JsonNode expected) {
        List<String> out = new ArrayList<>();
        expected.get("blocks").forEach(b -> out.add(b.get("tag").asText() + ": " + ArabicText.foldSpaces(b.get("text").asText())));
        return out;
    }

    static String read(Path path) throws IOException {
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
