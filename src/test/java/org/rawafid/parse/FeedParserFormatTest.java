package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/** One feed per flavour, mapped into our records. */
class FeedParserFormatTest {
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String name, String url) throws IOException, ParseException {
        try (InputStream in = getClass().getResourceAsStream("/parse/formats/" + name)) {
            return parser.parse(in.readAllBytes(), null, URI.create(url));
        }
    }

    @Test
    void readsRss091WithItsNetscapeDoctype() throws Exception {
        ParsedFeed feed = parse("rss091.xml", "http://example.com/rss.xml");

        assertThat(feed.format()).isEqualTo("rss_0.91U");
        assertThat(feed.title()).isEqualTo("Example 0.91");
        assertThat(feed.siteUrl()).isEqualTo("http://example.com/");
        assertThat(feed.language()).isEqualTo("en-us");
        assertThat(feed.declaredCharset()).isEqualTo("iso-8859-1");
        ParsedItem item = feed.items().get(0);
        assertThat(item.title()).isEqualTo("First & only");
        assertThat(item.link()).isEqualTo("http://example.com/first");
        assertThat(item.contentHtml()).isEqualTo("Body of the first item");
        assertThat(item.summaryHtml()).isNull();
        assertThat(item.guid()).isNull();
        assertThat(item.published()).isNull();
    }

    @Test
    void readsRss10RdfWithDublinCore() throws Exception {
        ParsedFeed feed = parse("rss10.xml", "http://example.org/rss.rdf");

        assertThat(feed.format()).isEqualTo("rss_1.0");
        assertThat(feed.title()).isEqualTo("مدونة عربية");
        assertThat(feed.language()).isEqualTo("ar");
        ParsedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("http://example.org/posts/1");
        assertThat(item.title()).isEqualTo("التدوينة الأولى");
        assertThat(item.author()).isEqualTo("سارة");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-06-15T09:00:00Z"));
        assertThat(item.categories()).containsExactly("تقنية");
    }

    @Test
    void readsRss20WithContentDcMediaAndEnclosure() throws Exception {
        ParsedFeed feed = parse("rss20.xml", "https://alqaheranews.net/rss.xml");

        assertThat(feed.format()).isEqualTo("rss_2.0");
        assertThat(feed.ttl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(feed.usedCharset()).isEqualTo("utf-8");
        ParsedItem first = feed.items().get(0);
        assertThat(first.guid()).isEqualTo("news-1");
        assertThat(first.contentHtml()).isEqualTo("<p>النص الكامل للخبر</p>");
        assertThat(first.summaryHtml()).isEqualTo("<p>ملخص الخبر</p>");
        assertThat(first.author()).isEqualTo("أحمد أنور");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-06-16T15:20:00Z"));
        assertThat(first.categories()).containsExactly("سياسة", "مصر");
        assertThat(first.imageUrl()).isEqualTo("https://alqaheranews.net/img/1.jpg");
        assertThat(first.baseUri()).isEqualTo("https://alqaheranews.net/rss.xml");
        ParsedItem second = feed.items().get(1);
        assertThat(second.link()).isEqualTo("https://alqaheranews.net/news/2");
        assertThat(second.published()).isEqualTo(Instant.parse("2024-06-16T06:05:00Z"));
        assertThat(second.imageUrl()).isEqualTo("https://alqaheranews.net/img/2.jpg");
        assertThat(second.author()).isNull();
        assertThat(second.categories()).isEmpty();
    }

    @Test
    void readsAtom03() throws Exception {
        ParsedFeed feed = parse("atom03.xml", "http://example.org/atom.xml");

        assertThat(feed.format()).isEqualTo("atom_0.3");
        assertThat(feed.title()).isEqualTo("Atom 0.3 feed");
        assertThat(feed.language()).isEqualTo("ar");
        ParsedItem item = feed.items().get(0);
        assertThat(item.guid()).isEqualTo("tag:example.org,2003:3.2397");
        assertThat(item.link()).isEqualTo("http://example.org/2003/12/13/atom03");
        assertThat(item.published()).isEqualTo(Instant.parse("2003-12-13T12:29:29Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2003-12-13T18:30:02Z"));
        assertThat(item.contentHtml()).isEqualTo("Short summary");
    }

    @Test
    void readsAtom10ResolvingXmlBase() throws Exception {
        ParsedFeed feed = parse("atom10.xml", "https://example.org/feed.atom");

        assertThat(feed.format()).isEqualTo("atom_1.0");
        assertThat(feed.siteUrl()).isEqualTo("https://example.org/blog/");
        assertThat(feed.language()).isEqualTo("ar");
        ParsedItem item = feed.items().get(0);
        assertThat(item.link()).isEqualTo("https://example.org/blog/posts/first.html");
        assertThat(item.baseUri()).isEqualTo("https://example.org/blog/posts/");
        assertThat(item.title()).isEqualTo("عنوان <b>مهم</b>");
        assertThat(item.contentHtml()).isEqualTo("<p>نص <a href=\"more.html\">المقال</a></p>");
        assertThat(item.summaryHtml()).isEqualTo("ملخص قصير");
        assertThat(item.author()).isEqualTo("ليلى");
        assertThat(item.published()).isEqualTo(Instant.parse("2024-06-15T06:00:00Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2024-06-16T10:00:00Z"));
        assertThat(item.categories()).containsExactly("ثقافة");
    }
}
