package org.rawafid.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedWriterTest {
    private final FeedWriter writer = new FeedWriter(() -> SampleFeeds.NOW);

    @ParameterizedTest
    @EnumSource(Format.class)
    void writesArabicAsPlainUtf8WithoutMojibakeOrNumericEntities(Format format) {
        String text = new String(writer.render(SampleFeeds.feed(), format), StandardCharsets.UTF_8);
        assertThat(text).contains("إلهام علييف", "نشرته أيضاً", "القاهرة الإخبارية")
                .doesNotContain("&#", "\\u0", "Ø", "\uFFFD");
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"RSS", "ATOM"})
    void keepsEntryIdsAndTitlesThroughAReaderRoundTrip(Format format) throws Exception {
        SyndFeed parsed = new SyndFeedInput().build(new InputSource(
                new ByteArrayInputStream(writer.render(SampleFeeds.feed(), format))));
        assertThat(parsed.getEntries()).extracting(SyndEntry::getUri).containsExactlyElementsOf(ids());
        // RSS titles are written for readers that render them as HTML (issue 18), so read them as HTML.
        assertThat(parsed.getEntries()).extracting(e -> format == Format.RSS
                        ? org.jsoup.Jsoup.parseBodyFragment(e.getTitle()).text() : e.getTitle())
                .containsExactlyElementsOf(SampleFeeds.entries().stream().map(EntryView::title).toList());
        // Rome reads RSS <language> but not Atom's xml:lang (checked in AtomRendererTest).
        if (format == Format.RSS) {
            assertThat(parsed.getLanguage()).isEqualTo("ar");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = "JSON")
    void keepsEntryIdsInJsonFeed(Format format) throws Exception {
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(writer.render(SampleFeeds.feed(), format)).path("items")
                .forEach(item -> ids.add(item.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(ids());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rendersTheSameBytesForTheSameFeed(Format format) {
        assertThat(writer.render(SampleFeeds.feed(), format)).isEqualTo(writer.render(SampleFeeds.feed(), format));
    }

    @org.junit.jupiter.api.Test
    void namesContentTypesAndExtensions() {
        assertThat(Format.RSS.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(Format.ATOM.contentType()).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(Format.JSON.contentType()).isEqualTo("application/feed+json");
        assertThat(Format.HTML.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(Format.ofExtension("atom")).contains(Format.ATOM);
        assertThat(Format.ofExtension("xml")).isEmpty();
    }

    private static List<String> ids() {
        return SampleFeeds.entries().stream().map(EntryView::id).toList();
    }
}
