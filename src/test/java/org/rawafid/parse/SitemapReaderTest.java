package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rawafid.config.Source;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/** {@code type: sitemap}: Google News, plain and index sitemaps, one item per URL, newest 50. */
class SitemapReaderTest {
    private final SourceParser parser = new SourceParser();

    private ParsedFeed read(byte[] body, String url, LinkedFetch linked) throws ParseException {
        return parser.parse(Sources.of(Source.Type.SITEMAP, url, null), body, "application/xml", URI.create(url),
                linked);
    }

    @Test
    void readsGoogleNewsTitlesDatesLanguageKeywordsAndImages() throws Exception {
        ParsedFeed feed = read(Sources.fixture("sitemap-news.xml"), "https://www.youm7.com/news-sitemap.xml",
                LinkedFetch.NONE);

        assertThat(feed.format()).isEqualTo("sitemap");
        assertThat(feed.language()).isEqualTo("ar");
        assertThat(feed.title()).isEqualTo("اليوم السابع");
        assertThat(feed.items()).extracting(ParsedItem::link).containsExactly(
                "https://www.youm7.com/story/2026/11/28/6012346", "https://www.youm7.com/story/2026/11/28/6012345");
        ParsedItem older = feed.items().get(1);
        assertThat(older.title()).isEqualTo("الحكومة تعلن خطة جديدة لدعم &amp; تطوير الصناعة");
        assertThat(older.published()).isEqualTo(Instant.parse("2026-11-28T10:30:00Z"));
        assertThat(older.categories()).containsExactly("اقتصاد", "صناعة", "الحكومة");
        assertThat(older.imageUrl()).isEqualTo("https://img.youm7.com/6012345.jpg");
        assertThat(older.contentHtml()).isNull();
    }

    @Test
    void keepsTheNewestFiftyOfAPlainSitemapByLastmod() throws Exception {
        StringBuilder xml = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 1; i <= 70; i++) {
            xml.append("<url><loc>https://site.example/a/").append(i).append("</loc><lastmod>2026-11-")
                    .append(String.format("%02d", 1 + i % 28)).append("T").append(String.format("%02d", i % 24))
                    .append(":00:00Z</lastmod></url>");
        }
        xml.append("<url><loc>https://site.example/a/1</loc></url></urlset>"); // repeated: counted once

        ParsedFeed feed = read(xml.toString().getBytes(StandardCharsets.UTF_8), "https://site.example/sitemap.xml",
                LinkedFetch.NONE);

        assertThat(feed.items()).hasSize(SitemapReader.LIMIT);
        List<Instant> dates = feed.items().stream().map(ParsedItem::published).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(feed.items()).extracting(ParsedItem::link).doesNotHaveDuplicates();
    }

    @Test
    void followsAnIndexOneLevelNewestSitemapFirst() throws Exception {
        Map<String, String> children = Map.of(
                "https://www.alarabiya.net/sitemaps/2026-11.xml", "sitemap-2026-11.xml",
                "https://www.alarabiya.net/sitemaps/2026-10.xml", "sitemap-2026-10.xml");
        List<URI> fetched = new ArrayList<>();
        LinkedFetch linked = url -> {
            fetched.add(url);
            String name = children.get(url.toString());
            if (name == null) {
                throw new ParseException(url, "not fetched: HTTP 404");
            }
            return new LinkedFetch.Page(Sources.fixture(name), "application/xml", url);
        };

        ParsedFeed feed = read(Sources.fixture("sitemap-index.xml"), "https://www.alarabiya.net/sitemap.xml", linked);

        assertThat(fetched).extracting(URI::toString).containsExactly(
                "https://www.alarabiya.net/sitemaps/broken.xml", "https://www.alarabiya.net/sitemaps/2026-11.xml",
                "https://www.alarabiya.net/sitemaps/2026-10.xml");
        assertThat(feed.items()).extracting(ParsedItem::title)
                .containsExactly(null, null, null);
        assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void readsAGzippedSitemap() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(Sources.fixture("sitemap-news.xml"));
        }
        assertThat(read(bytes.toByteArray(), "https://www.youm7.com/news.xml.gz", LinkedFetch.NONE).items()).hasSize(2);
    }

    @Test
    void anIndexWhoseSitemapsAllFailSaysWhy() {
        assertThatThrownBy(() -> read(Sources.fixture("sitemap-index.xml"), "https://www.alarabiya.net/sitemap.xml",
                LinkedFetch.NONE)).isInstanceOf(ParseException.class)
                .hasMessageContaining("no listed sitemap could be read");
    }

    @Test
    void anEmptyOrForeignDocumentIsAFailureNotAnEmptySuccess() {
        assertThatThrownBy(() -> read("<urlset/>".getBytes(StandardCharsets.UTF_8), "https://s.example/s.xml",
                LinkedFetch.NONE)).hasMessageContaining("sitemap: no <url><loc> entries found");
        assertThatThrownBy(() -> read("<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8),
                "https://s.example/s.xml", LinkedFetch.NONE)).hasMessageContaining("not a sitemap");
    }

    @Test
    void neverExpandsEntitiesFromADoctype() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE u [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset><url><loc>https://s.example/a/b-c-d</loc><lastmod>&x;</lastmod></url></urlset>";
        ParsedFeed feed = read(xml.getBytes(StandardCharsets.UTF_8), "https://s.example/s.xml", LinkedFetch.NONE);
        assertThat(feed.items()).hasSize(1);
        assertThat(feed.items().get(0).published()).isNull();
    }
}
