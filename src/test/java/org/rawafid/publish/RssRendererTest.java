package org.rawafid.publish;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.publish.Xml.ATOM;
import static org.rawafid.publish.Xml.children;
import static org.rawafid.publish.Xml.text;

class RssRendererTest {
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";

    private final byte[] rss = new RssRenderer().render(SampleFeeds.feed());
    private final Element root = Xml.parse(rss).getDocumentElement();
    private final Element channel = children(root, null, "channel").get(0);
    private final List<Element> items = children(channel, null, "item");

    @Test
    void hasTheRequiredChannelElementsAndDeclaresArabic() {
        assertThat(root.getAttribute("version")).isEqualTo("2.0");
        assertThat(text(channel, null, "title")).isEqualTo("أخبار عربية & دولية");
        assertThat(text(channel, null, "link")).isEqualTo("http://localhost:8080/feeds/arabic-news.html");
        assertThat(text(channel, null, "description")).isEqualTo("آخر الأخبار من مصادر عربية مختارة");
        assertThat(text(channel, null, "language")).isEqualTo("ar");
        assertThat(text(channel, null, "generator")).isEqualTo("Rawafid");
    }

    @Test
    void everyItemHasATitleAnUniqueOpaqueGuidAndAnRfc822Date() {
        assertThat(items).hasSize(3).allSatisfy(item -> {
            assertThat(text(item, null, "title")).isNotBlank();
            Element guid = children(item, null, "guid").get(0);
            assertThat(guid.getAttribute("isPermaLink")).isEqualTo("false");
            ZonedDateTime date = ZonedDateTime.parse(text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertThat(date.toInstant()).isBeforeOrEqualTo(SampleFeeds.NOW);
        });
        assertThat(items).extracting(i -> text(i, null, "guid")).doesNotHaveDuplicates()
                .containsExactly("urn:rawafid:story:9e8d7c", "urn:rawafid:story:7f3a9c", "urn:rawafid:story:1b2c3d");
        ZonedDateTime.parse(text(channel, null, "lastBuildDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    @Test
    void linksToItselfTheHubAndTheNextPage() {
        assertThat(atomLink("self")).isEqualTo("http://localhost:8080/feeds/arabic-news.rss");
        assertThat(atomLink("hub")).isEqualTo("https://hub.example.org/");
        assertThat(atomLink("first")).isEqualTo("http://localhost:8080/feeds/arabic-news.rss");
        assertThat(atomLink("next")).isEqualTo("http://localhost:8080/feeds/arabic-news.rss?before=djE");
    }

    @Test
    void creditsTheOutletAsSourceAndBylineElseOutletAsCreator() {
        Element story = items.get(1);
        Element source = children(story, null, "source").get(0);
        assertThat(source.getAttribute("url")).isEqualTo("https://alqaheranews.net/rss.xml");
        assertThat(source.getTextContent()).isEqualTo("القاهرة الإخبارية");
        assertThat(text(story, DC, "creator")).isEqualTo("أحمد أنور");
        assertThat(children(story, DC, "contributor")).extracting(Element::getTextContent)
                .containsExactly("الأهرام", "اليوم السابع");
        assertThat(text(items.get(2), DC, "creator")).isEqualTo("اليوم السابع");
        assertThat(children(story, null, "category")).extracting(Element::getTextContent).containsExactly("روسيا", "سياسة");
    }

    @Test
    void leavesOutTheSourceElementForAFileSource() {
        Outlet local = new Outlet("local", "ملف محلي", null, "file:///srv/feeds/local.xml");
        EntryView entry = new EntryView("urn:rawafid:story:f1", "خبر", "https://example.org/1", "", "",
                SampleFeeds.NOW, null, null, List.of(), null, local, List.of());
        FeedView feed = new FeedView("x", "t", "", "ar", "http://h", SampleFeeds.NOW, null, null, null, List.of(entry));
        Element item = children(children(Xml.parse(new RssRenderer().render(feed)).getDocumentElement(), null, "channel")
                .get(0), null, "item").get(0);
        assertThat(children(item, null, "source")).isEmpty();
        assertThat(text(item, DC, "creator")).isEqualTo("ملف محلي");
    }

    @Test
    void carriesSummaryContentWithFooterAndLeadImage() {
        Element story = items.get(1);
        assertThat(text(story, null, "description")).startsWith("استقبل الرئيس الروسي");
        assertThat(text(story, CONTENT, "encoded")).contains("<b>فلاديمير بوتين</b>")
                .endsWith("اليوم السابع</a></p>");
        Element image = children(items.get(2), MEDIA, "content").get(0);
        assertThat(image.getAttribute("url")).isEqualTo("https://www.youm7.com/images/gold.jpg?w=800&h=600");
        assertThat(image.getAttribute("medium")).isEqualTo("image");
        assertThat(children(story, MEDIA, "content")).isEmpty();
    }

    @Test
    void readsBackWithRomeAsTheSameEntries() throws Exception {
        SyndFeed parsed = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(rss)));
        List<EntryView> expected = SampleFeeds.entries();
        assertThat(parsed.getFeedType()).isEqualTo("rss_2.0");
        // Titles are written so that readers rendering them as HTML show the text (issue 18): read them so.
        assertThat(parsed.getEntries()).extracting(e -> org.jsoup.Jsoup.parseBodyFragment(e.getTitle()).text())
                .containsExactlyElementsOf(expected.stream().map(EntryView::title).toList());
        assertThat(parsed.getEntries()).extracting(SyndEntry::getLink)
                .containsExactlyElementsOf(expected.stream().map(EntryView::link).toList());
        assertThat(parsed.getEntries()).extracting(SyndEntry::getUri)
                .containsExactlyElementsOf(expected.stream().map(EntryView::id).toList());
    }

    private String atomLink(String rel) {
        return children(channel, ATOM, "link").stream().filter(l -> rel.equals(l.getAttribute("rel")))
                .map(l -> l.getAttribute("href")).findFirst().orElse(null);
    }
}
