package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rawafid.config.Source;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/** JSON Feed 1.0 and 1.1 read as a {@code type: feed} source, told from XML by content. */
class JsonFeedReaderTest {
    private final SourceParser parser = new SourceParser();
    private static final URI URL = URI.create("https://www.shorouknews.com/feed.json");

    private ParsedFeed read(byte[] body, String contentType) throws ParseException {
        return parser.parse(Sources.of(Source.Type.FEED, URL.toString(), null), body, contentType, URL,
                LinkedFetch.NONE);
    }

    @Test
    void readsEveryFieldOfVersion11() throws Exception {
        ParsedFeed feed = read(Sources.fixture("jsonfeed-1.1.json"), "application/feed+json");

        assertThat(feed.format()).isEqualTo("json_feed_1.1");
        assertThat(feed.title()).isEqualTo("الشروق");
        assertThat(feed.siteUrl()).isEqualTo("https://www.shorouknews.com/");
        assertThat(feed.description()).isEqualTo("آخر أخبار الشروق");
        assertThat(feed.language()).isEqualTo("ar");
        assertThat(feed.items()).hasSize(3);

        ParsedItem first = feed.items().get(0);
        assertThat(first.guid()).isEqualTo("shorouk-1001");
        assertThat(first.link()).isEqualTo("https://www.shorouknews.com/news/1001");
        assertThat(first.title()).isEqualTo("وزير الخارجية يلتقي نظيره الأردني في عمّان");
        assertThat(first.contentHtml()).contains("<b>اليوم</b>")
                .contains("<a href=\"https://media.shorouknews.com/1001.mp3\">تسجيل اللقاء</a>");
        assertThat(first.summaryHtml()).isEqualTo("<p>لقاء في عمّان</p>");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-11-28T08:15:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(first.author()).isEqualTo("منى سعيد");
        assertThat(first.categories()).containsExactly("سياسة", "الأردن");
        assertThat(first.imageUrl()).isEqualTo("https://img.shorouknews.com/1001.jpg");
    }

    @Test
    void turnsContentTextIntoParagraphsAndFallsBackToBannerAndAttachmentImages() throws Exception {
        ParsedFeed feed = read(Sources.fixture("jsonfeed-1.1.json"), null);

        ParsedItem text = feed.items().get(1);
        assertThat(text.guid()).isEqualTo("1002");
        assertThat(text.link()).isEqualTo("https://www.shorouknews.com/news/1002");
        assertThat(text.title()).isEqualTo("أسعار &lt;الذهب&gt; اليوم");
        assertThat(text.contentHtml())
                .isEqualTo("<p>ارتفع سعر الذهب.<br>سجل عيار 21 رقما جديدا.</p><p>وتوقع خبراء المزيد.</p>");
        assertThat(text.imageUrl()).isEqualTo("https://www.shorouknews.com/img/1002-banner.jpg");
        assertThat(text.author()).isNull();
        assertThat(feed.items().get(2).imageUrl()).isEqualTo("https://img.shorouknews.com/1003.png");
        assertThat(feed.items().get(2).title()).isNull();
    }

    @Test
    void readsVersion10WithItsSingleAuthor() throws Exception {
        ParsedFeed feed = read(Sources.fixture("jsonfeed-1.0.json"), "application/json");

        assertThat(feed.format()).isEqualTo("json_feed_1");
        ParsedItem item = feed.items().get(0);
        assertThat(item.author()).isEqualTo("خالد يوسف");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2026-11-27T18:30:00Z"));
        assertThat(item.categories()).containsExactly("قمة");
        assertThat(item.imageUrl()).isEqualTo("https://arabi21.com/1.jpg");
        assertThat(item.contentHtml()).contains("https://arabi21.com/1.mp4");
    }

    @Test
    void anIdThatIsAWebAddressIsTheLinkWhenThereIsNoUrl() throws Exception {
        String json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": ["
                + "{\"id\": \"https://x.example/1\", \"content_text\": \"نص\"}, {\"id\": \"42\", \"content_text\": \"نص\"}]}";
        var items = read(json.getBytes(StandardCharsets.UTF_8), null).items();
        assertThat(items).extracting(ParsedItem::link).containsExactly("https://x.example/1", null);
    }

    @Test
    void itemsWithoutAnAuthorInheritTheFeeds() throws Exception {
        String json = "{\"version\": \"https://jsonfeed.org/version/1\", \"author\": {\"name\": \"عربي 21\"},"
                + " \"items\": [{\"id\": \"1\", \"content_text\": \"نص\"}]}";
        assertThat(read(json.getBytes(StandardCharsets.UTF_8), null).items().get(0).author()).isEqualTo("عربي 21");
    }

    @Test
    void detectsJsonByContentEvenWhenServedAsXmlOrWithABom() throws Exception {
        byte[] json = Sources.fixture("jsonfeed-1.0.json");
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        assertThat(read(withBom, "text/xml").items()).hasSize(1);
    }

    @Test
    void namesWhatIsMissingWhenJsonIsNotAJsonFeed() {
        assertThatThrownBy(() -> read("{\"items\": []}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("not a JSON Feed").hasMessageContaining("version");
        assertThatThrownBy(() -> read("{\"version\": ".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ParseException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void leavesXmlFeedsToRome() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>خبر</title>"
                + "<link>https://x.example/1</link></item></channel></rss>";
        assertThat(read(rss.getBytes(StandardCharsets.UTF_8), null).format()).isEqualTo("rss_2.0");
    }
}
