package org.rawafid.publish;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexPageTest {
    private final Document html = RiverPageTest.parse(new IndexPage().render(SampleFeeds.index()));

    @Test
    void isAnArabicRightToLeftPageWithoutScripts() {
        assertThat(html.select("html[dir=rtl][lang=ar]")).hasSize(1);
        assertThat(html.select("meta[name=viewport]")).hasSize(1);
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void showsTheConfigErrorFirst() {
        Element error = html.selectFirst("main > .error");
        assertThat(error).isNotNull();
        assertThat(error.text()).contains("feeds.yml:14:7: sources[2].interval: \"5 minutes\" is not a duration");
        assertThat(error.elementSiblingIndex()).isEqualTo(1);
    }

    @Test
    void hidesTheErrorBoxWhenTheConfigIsGood() {
        IndexView good = new IndexView(List.of(), List.of(), null, 1, SampleFeeds.NOW);
        assertThat(RiverPageTest.parse(new IndexPage().render(good)).select(".error")).isEmpty();
    }

    @Test
    void listsFeedsWithSubscribeLinksCountAndLastUpdate() {
        Element feed = html.select(".feed").get(0);
        assertThat(feed.select("h2 a").attr("href")).isEqualTo("feeds/arabic-news.html");
        assertThat(feed.select(".subscribe a").eachAttr("href"))
                .containsExactly("feeds/arabic-news.rss", "feeds/arabic-news.atom", "feeds/arabic-news.json");
        assertThat(feed.select(".meta").text()).contains("٤٢").contains("منذ ١٠ دقائق");
    }

    @Test
    void exportLinksFeedFilesBesideThePage() {
        IndexView view = SampleFeeds.index();
        IndexView export = new IndexView(view.feeds(), view.sources(), null, 1, view.now(), "");
        Document page = RiverPageTest.parse(new IndexPage().render(export));
        assertThat(page.select(".feed").get(0).select(".subscribe a").first().attr("href")).isEqualTo("arabic-news.rss");
    }

    @Test
    void showsEverySourcesHealthWithColourAndNotices() {
        List<Element> rows = html.select("tbody tr");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).select(".status").hasClass("status-ok")).isTrue();
        assertThat(rows.get(0).text()).contains("منذ ٥ دقائق", "بعد ١٠ دقائق", "١٢٠").doesNotContain("الترميز");
        assertThat(rows.get(1).select(".status").hasClass("status-bad")).isTrue();
        assertThat(rows.get(1).text()).contains("HTTP 503 <Service Unavailable>", "ISO-8859-1", "windows-1256");
        assertThat(rows.get(2).select(".notice a").attr("href")).isEqualTo("https://www.youm7.com/rss/SectionRss");
        assertThat(rows.get(3).text()).contains("أُزيل المصدر (410 Gone)", "مصدر قديم <script>alert(1)</script>");
    }

    @Test
    void mapsStoredOutcomesToStatuses() {
        assertThat(SourceHealth.Status.ofOutcome(null)).isEqualTo(SourceHealth.Status.PENDING);
        assertThat(SourceHealth.Status.ofOutcome("not-modified")).isEqualTo(SourceHealth.Status.NOT_MODIFIED);
        assertThat(SourceHealth.Status.ofOutcome("failed")).isEqualTo(SourceHealth.Status.FAILING);
    }

    @Test
    void offersEveryFeedInEveryFormatForAutodiscoveryWithAbsoluteUrls() {
        IndexView view = SampleFeeds.index();
        IndexView served = new IndexView(view.feeds(), view.sources(), null, 1, view.now(), "feeds/",
                "https://news.example/rawafid", 0);
        Document page = RiverPageTest.parse(new IndexPage().render(served));

        var links = page.select("head link[rel=alternate]");
        assertThat(links.eachAttr("href")).containsExactly(
                "https://news.example/rawafid/feeds/arabic-news.atom", "https://news.example/rawafid/feeds/arabic-news.rss",
                "https://news.example/rawafid/feeds/arabic-news.json", "https://news.example/rawafid/feeds/economy.atom",
                "https://news.example/rawafid/feeds/economy.rss", "https://news.example/rawafid/feeds/economy.json");
        assertThat(links.eachAttr("type")).containsExactly("application/atom+xml", "application/rss+xml",
                "application/feed+json", "application/atom+xml", "application/rss+xml", "application/feed+json");
        assertThat(links.first().attr("title")).isEqualTo("أخبار عربية & دولية (Atom)");
    }
}
