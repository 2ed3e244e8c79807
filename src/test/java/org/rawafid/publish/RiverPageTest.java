package org.rawafid.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;

import static org.assertj.core.api.Assertions.assertThat;

class RiverPageTest {
    private final RiverPage page = new RiverPage(InstantSource.fixed(SampleFeeds.NOW));
    private final Document html = parse(page.render(SampleFeeds.feed()));

    @Test
    void isAnArabicRightToLeftHtml5PageForPhones() {
        assertThat(html.select("html[dir=rtl][lang=ar]")).hasSize(1);
        assertThat(html.documentType().name()).isEqualTo("html");
        assertThat(html.select("meta[charset=utf-8]")).hasSize(1);
        assertThat(html.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.title()).isEqualTo("أخبار عربية & دولية");
    }

    @Test
    void advertisesTheThreeFeedFormats() {
        assertThat(html.select("link[rel=alternate]")).extracting(e -> e.attr("type") + " " + e.attr("href"))
                .containsExactly("application/rss+xml http://localhost:8080/feeds/arabic-news.rss",
                        "application/atom+xml http://localhost:8080/feeds/arabic-news.atom",
                        "application/feed+json http://localhost:8080/feeds/arabic-news.json");
    }

    @Test
    void listsStoriesNewestFirstWithOutletAndArabicRelativeTime() {
        assertThat(html.select("article h2 a")).extracting(Element::text).containsExactly(
                "الأرصاد: طقس معتدل نهاراً بارد ليلاً",
                "بوتين يستقبل إلهام علييف في موسكو & يبحثان \"الممر\" <الجديد>",
                "ارتفاع أسعار الذهب في السوق المصرية 'اليوم' <script>alert(1)</script>");
        Element story = html.select("article").get(1);
        assertThat(story.select("h2 a").attr("href")).isEqualTo("https://alqaheranews.net/news/123?utm_x=1&id=5");
        assertThat(story.select(".meta span").first().text()).isEqualTo("القاهرة الإخبارية");
        Element time = story.selectFirst("time");
        assertThat(time.text()).isEqualTo("منذ ٣ ساعات");
        assertThat(time.attr("datetime")).isEqualTo("2026-11-28T18:00:00Z");
        assertThat(time.attr("title")).isEqualTo("٢٨ نوفمبر ٢٠٢٦، ١٨:٠٠ UTC");
        assertThat(html.select("article").get(0).selectFirst("time").text()).isEqualTo("الآن");
        assertThat(html.select("article").get(2).selectFirst("time").text()).isEqualTo("منذ يوم");
    }

    @Test
    void showsAlsoReportedOutletsImageAndSummary() {
        Element story = html.select("article").get(1);
        assertThat(story.select(".also").text()).isEqualTo("نشرته أيضاً: الأهرام، اليوم السابع");
        assertThat(story.select(".also a").eachAttr("href"))
                .containsExactly("https://gate.ahram.org.eg/News/55.aspx", "https://www.youm7.com/story/2026/11/28/1&2");
        assertThat(story.select(".summary").text()).startsWith("استقبل الرئيس الروسي");
        assertThat(html.select("article").get(2).select("img").attr("src"))
                .isEqualTo("https://www.youm7.com/images/gold.jpg?w=800&h=600");
    }

    @Test
    void showsScriptInTitlesAsText() {
        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("article").get(2).select("h2").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void linksOlderAndNewestPages() {
        assertThat(html.select("a[rel=next]").attr("href"))
                .isEqualTo("http://localhost:8080/feeds/arabic-news.html?before=djE");
        assertThat(html.select("a[rel=first]")).isEmpty();
        Document later = parse(page.render(SampleFeeds.feed(null, "abc", null)));
        assertThat(later.select("a[rel=first]").attr("href")).isEqualTo("http://localhost:8080/feeds/arabic-news.html");
        assertThat(later.select("a[rel=next]")).isEmpty();
    }

    static Document parse(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }
}
