package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rawafid.config.Source;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/** {@code type: html}: listing pages read with {@code select:} or by finding the article links. */
class ListingReaderTest {
    private static final String CARDS_URL = "https://www.almasryalyoum.com/news";
    private final SourceParser parser = new SourceParser();

    private ParsedFeed read(String fixture, String url, Source.Select select) throws ParseException {
        return read(Sources.fixture(fixture), null, url, select);
    }

    private ParsedFeed read(byte[] body, String contentType, String url, Source.Select select) throws ParseException {
        return parser.parse(Sources.of(Source.Type.HTML, url, select), body, contentType, URI.create(url),
                LinkedFetch.NONE);
    }

    @Nested
    class WithSelectors {
        private final Source.Select cards = new Source.Select("div.card", "h3", "h3 a", "time, .date", "p.teaser", "img");

        @Test
        void readsEachCardAsToldWithAbsoluteLinksAndImagesAndDates() throws Exception {
            ParsedFeed feed = read("listing-cards.html", CARDS_URL, cards);

            assertThat(feed.format()).isEqualTo("html");
            assertThat(feed.title()).isEqualTo("المصري اليوم");
            assertThat(feed.language()).isEqualTo("ar");
            assertThat(feed.items()).extracting(ParsedItem::link).containsExactly(
                    "https://www.almasryalyoum.com/news/2026/11/28/cabinet-approves-new-budget",
                    "https://www.almasryalyoum.com/news/2026/11/28/metro-line-four-opens",
                    "https://www.almasryalyoum.com/news/2026/11/27/nile-water-talks-resume");
            ParsedItem first = feed.items().get(0);
            assertThat(first.title()).isEqualTo("مجلس الوزراء يوافق على الموازنة الجديدة للعام المقبل");
            assertThat(first.contentHtml()).contains("وافق مجلس الوزراء في اجتماعه الأسبوعي");
            assertThat(first.published()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
            assertThat(first.imageUrl()).isEqualTo("https://www.almasryalyoum.com/img/budget.jpg");
            // Arabic-Indic digits, an Egyptian month name and م for PM, read by the DateParser
            assertThat(feed.items().get(2).published()).isEqualTo(Instant.parse("2026-11-27T15:20:00Z"));
        }

        @Test
        void takesTheFirstLinkOfAnItemWhenNoLinkSelectorIsGivenAndListsEachLinkOnce() throws Exception {
            ParsedFeed feed = read("listing-list.html", "https://www.alrai.example/news/",
                    new Source.Select("ul.news-list li", null, null, "span", null, null));

            assertThat(feed.items()).extracting(ParsedItem::link).containsExactly(
                    "https://www.alrai.example/news/article/512345.html",
                    "https://www.alrai.example/news/article/512344.html",
                    "https://www.alrai.example/news/article/512343.html");
            assertThat(feed.items().get(0).title()).isEqualTo("ارتفاع معدلات السياحة الوافدة إلى الأردن خلال الربع الثالث");
            assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        }

        @Test
        void aSelectorThatMatchesNothingFailsNamingIt() {
            assertThatThrownBy(() -> read("listing-cards.html", CARDS_URL,
                    new Source.Select("div.story", null, null, null, null, null)))
                    .isInstanceOf(ParseException.class)
                    .hasMessageEndingWith("html: selector \"div.story\" matched nothing");
        }

        @Test
        void itemsWithoutAnyLinkFailSayingSo() {
            assertThatThrownBy(() -> read("listing-cards.html", CARDS_URL,
                    new Source.Select("p.teaser", null, null, null, null, null)))
                    .hasMessageContaining("matched 2 elements but none held a link");
        }
    }

    @Test
    void suggestsTheFeedsAListingAdvertisesInTheLog() throws Exception {
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ListingReader.class);
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            read("listing-cards.html", CARDS_URL, null);
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("https://www.almasryalyoum.com/rss/news.xml")
                        .contains("type: feed"));
    }

    @Test
    void aWebPageConfiguredAsAFeedSaysToUseTheFeedItAdvertisesOrTypeHtml() {
        URI url = URI.create(CARDS_URL);
        assertThatThrownBy(() -> parser.parse(Sources.of(Source.Type.FEED, CARDS_URL, null),
                Sources.fixture("listing-cards.html"), "text/html", url, LinkedFetch.NONE))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("this is a web page, not a feed")
                .hasMessageContaining("https://www.almasryalyoum.com/rss/news.xml").hasMessageContaining("type: html");
        assertThatThrownBy(() -> parser.parse(Sources.of(Source.Type.FEED, CARDS_URL, null),
                Sources.fixture("listing-table.html"), "text/html", url, LinkedFetch.NONE))
                .hasMessageEndingWith("set type: html to read it as a listing page");
    }

    @Nested
    class Automatically {
        @Test
        void findsTheCardsAndIgnoresNavMenusPagersAsideFooterTagsAndSocialLinks() throws Exception {
            ParsedFeed feed = read("listing-cards.html", CARDS_URL, null);

            assertThat(feed.items()).extracting(ParsedItem::link).containsExactly(
                    "https://www.almasryalyoum.com/news/2026/11/28/cabinet-approves-new-budget",
                    "https://www.almasryalyoum.com/news/2026/11/28/metro-line-four-opens",
                    "https://www.almasryalyoum.com/news/2026/11/27/nile-water-talks-resume");
            ParsedItem first = feed.items().get(0);
            assertThat(first.title()).isEqualTo("مجلس الوزراء يوافق على الموازنة الجديدة للعام المقبل");
            assertThat(first.imageUrl()).isEqualTo("https://www.almasryalyoum.com/img/budget.jpg");
            assertThat(first.published()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
            assertThat(first.contentHtml()).contains("وافق مجلس الوزراء");
            assertThat(feed.items().get(2).published()).isEqualTo(Instant.parse("2026-11-27T15:20:00Z"));
        }

        @Test
        void findsAListOfNumberedArticlesInAWindows1256Page() throws Exception {
            ParsedFeed feed = read("listing-list.html", "https://www.alrai.example/news/", null);

            assertThat(feed.usedCharset()).isEqualTo("windows-1256");
            assertThat(feed.items()).extracting(ParsedItem::title).containsExactly(
                    "ارتفاع معدلات السياحة الوافدة إلى الأردن خلال الربع الثالث",
                    "الحكومة تطلق برنامجا لدعم المشاريع الصغيرة في المحافظات",
                    "أمطار غزيرة متوقعة في شمال المملكة نهاية الأسبوع");
        }

        @Test
        void detectsUnlabelledWindows1256Arabic() throws Exception {
            String page = new String(Sources.fixture("listing-list.html"), java.nio.charset.Charset.forName("windows-1256"))
                    .replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", "");
            byte[] unlabelled = page.getBytes(java.nio.charset.Charset.forName("windows-1256"));

            ParsedFeed feed = read(unlabelled, "text/html", "https://www.alrai.example/news/", null);

            assertThat(feed.usedCharset()).isEqualTo("windows-1256");
            assertThat(feed.items().get(0).title()).isEqualTo("ارتفاع معدلات السياحة الوافدة إلى الأردن خلال الربع الثالث");
        }

        @Test
        void findsTableRowsLinkedByQueryIdsButNotThePager() throws Exception {
            ParsedFeed feed = read("listing-table.html", "https://www.elkhabar.example/list.aspx", null);

            assertThat(feed.items()).extracting(ParsedItem::link).containsExactly(
                    "https://www.elkhabar.example/news.aspx?id=88121",
                    "https://www.elkhabar.example/news.aspx?id=88120",
                    "https://www.elkhabar.example/news.aspx?id=88119&utm_source=x");
            assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        }

        @Test
        void keepsHeadersInsideCardsReadsWholeCardLinksByTheirHeadingAndSkipsThePageFooter() throws Exception {
            ParsedFeed feed = read("listing-tiles.html", "https://www.hespress.com/", null);

            assertThat(feed.items()).extracting(ParsedItem::title).containsExactly(
                    "تساقطات مطرية مهمة بعدة مناطق من المملكة", "ارتفاع جديد في أسعار المحروقات بالمغرب",
                    "الوداد يتأهل إلى نصف نهائي دوري الأبطال", "المنتخب الوطني يستعد لمواجهة حاسمة");
            assertThat(feed.items().get(0).link())
                    .isEqualTo("https://www.hespress.com/societe/2026/11/28/تساقطات-مطرية-مهمة-بعدة-مناطق");
            assertThat(feed.items().get(2).imageUrl()).isEqualTo("https://www.hespress.com/i/1.jpg");
            assertThat(feed.items().get(2).contentHtml()).contains("تأهل فريق الوداد الرياضي");
        }

        @Test
        void readsArticleCardsWithPercentEncodedArabicSlugsAndTheirOwnFooters() throws Exception {
            ParsedFeed feed = read("listing-articles.html", "https://www.aljazeera.net/news/", null);

            assertThat(feed.items()).extracting(ParsedItem::title).containsExactly(
                    "الأمم المتحدة تحذر من تفاقم الأزمة الإنسانية في السودان",
                    "قمة المناخ تختتم أعمالها باتفاق على تمويل جديد", "النفط يرتفع مع تراجع المخزونات الأمريكية");
            ParsedItem first = feed.items().get(0);
            assertThat(first.published()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
            assertThat(first.imageUrl()).startsWith("https://www.aljazeera.net/wp-content/uploads/2026/11/sudan.jpg");
            assertThat(first.contentHtml()).contains("ملايين السودانيين");
        }

        @Test
        void aPageWithoutArticleLinksFailsWithAReason() {
            String menuOnly = "<html><body><nav><a href='/news/1234'>خبر في القائمة فقط هنا</a></nav>"
                    + "<a href='/section/a'>قسم</a><a href='/about'>من نحن</a></body></html>";
            assertThatThrownBy(() -> read(menuOnly.getBytes(StandardCharsets.UTF_8), "text/html",
                    "https://x.example/", null))
                    .isInstanceOf(ParseException.class).hasMessageContaining("html: no article links found");
        }

        @Test
        void aHugeFlatListStaysLinear() throws Exception {
            // 10,000 links: a walk over the page per link (the first version) took minutes here, one pass takes seconds
            int links = 10_000;
            StringBuilder page = new StringBuilder("<html><body><ul>");
            for (int i = 0; i < links; i++) {
                page.append("<li><a href='/news/").append(100_000 + i).append("'>خبر رقم ").append(i)
                        .append(" عن الأحداث الجارية</a></li>");
            }
            page.append("</ul></body></html>");
            long start = System.nanoTime();
            ParsedFeed feed = read(page.toString().getBytes(StandardCharsets.UTF_8), null, "https://x.example/", null);
            assertThat(feed.items()).hasSize(links);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(30_000);
        }

        @Test
        void aSingleLinkIsNoRepeatedShape() {
            String one = "<html><body><a href='/news/2026/11/28/only-one-story-here'>خبر وحيد على الصفحة كلها</a>"
                    + "</body></html>";
            assertThatThrownBy(() -> read(one.getBytes(StandardCharsets.UTF_8), null, "https://x.example/", null))
                    .hasMessageContaining("no article links found");
        }
    }
}
