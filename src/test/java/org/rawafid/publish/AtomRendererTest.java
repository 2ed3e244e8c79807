package org.rawafid.publish;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.publish.Xml.ATOM;
import static org.rawafid.publish.Xml.children;
import static org.rawafid.publish.Xml.text;

class AtomRendererTest {
    private static final Path SCHEMA = Path.of("../shared/fixtures/schemas/atom-rfc4287.rnc");

    private final byte[] atom = new AtomRenderer().render(SampleFeeds.feed());
    private final Element feed = Xml.parse(atom).getDocumentElement();

    @Test
    void validatesAgainstTheRfc4287Grammar() throws Exception {
        assertThat(schemaErrors(atom)).isEmpty();
    }

    @Test
    void lastPageWithoutHubOrContentStillValidates() throws Exception {
        FeedView last = new FeedView("x", "t", "", "ar", "http://h", SampleFeeds.NOW, null, "abc", null,
                List.of(SampleFeeds.storyWithLongUrlAndNoContent()));
        assertThat(schemaErrors(new AtomRenderer().render(last))).isEmpty();
    }

    @Test
    void linksAMergedEntrysStoryPageAsRelatedAndStillValidates() throws Exception {
        EntryView s = SampleFeeds.storyFromThreeOutlets();
        String page = "http://h/stories/0123456789abcdef0123456789abcdef.html";
        EntryView linked = new EntryView(s.id(), s.title(), s.link(), s.summary(), s.contentHtml(), s.published(),
                s.updated(), s.author(), s.categories(), s.imageUrl(), s.outlet(), s.also(), page, 3);
        byte[] xml = new AtomRenderer().render(new FeedView("x", "t", "", "ar", "http://h", SampleFeeds.NOW, null,
                null, null, List.of(linked)));

        assertThat(schemaErrors(xml)).isEmpty();
        Element entry = children(Xml.parse(xml).getDocumentElement(), ATOM, "entry").get(0);
        assertThat(children(entry, ATOM, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("related");
            assertThat(link.getAttribute("href")).isEqualTo(page);
        });
    }

    @Test
    void emptyFeedValidatesAndCreditsItselfAsAuthor() throws Exception {
        FeedView empty = new FeedView("x", "أخبار", "", "ar", "http://h", SampleFeeds.NOW, null, null, null, List.of());
        byte[] xml = new AtomRenderer().render(empty);
        assertThat(schemaErrors(xml)).isEmpty();
        assertThat(name(children(Xml.parse(xml).getDocumentElement(), ATOM, "author").get(0))).isEqualTo("أخبار");
    }

    @Test
    void grammarCheckRejectsAFeedWithoutId() throws Exception {
        String broken = new String(atom, StandardCharsets.UTF_8).replace("<id>urn:rawafid:feed:arabic-news</id>", "");
        assertThat(schemaErrors(broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    /** The two Schematron rules of RFC 4287 Appendix B, which Jing does not run. */
    @Test
    void meetsTheSchematronRulesOfRfc4287() {
        boolean feedHasAuthor = !children(feed, ATOM, "author").isEmpty();
        for (Element entry : children(feed, ATOM, "entry")) {
            boolean alternate = children(entry, ATOM, "link").stream()
                    .anyMatch(l -> !l.hasAttribute("rel") || "alternate".equals(l.getAttribute("rel")));
            assertThat(alternate || !children(entry, ATOM, "content").isEmpty())
                    .as("entry %s has an alternate link or content", text(entry, ATOM, "id")).isTrue();
            boolean sourceAuthor = children(entry, ATOM, "source").stream()
                    .anyMatch(s -> !children(s, ATOM, "author").isEmpty());
            assertThat(feedHasAuthor || !children(entry, ATOM, "author").isEmpty() || sourceAuthor)
                    .as("entry %s has an author", text(entry, ATOM, "id")).isTrue();
        }
    }

    @Test
    void declaresArabicAndCarriesSelfHubAndPagingLinks() {
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("ar");
        assertThat(text(feed, ATOM, "id")).isEqualTo("urn:rawafid:feed:arabic-news");
        assertThat(link(feed, "self")).isEqualTo("http://localhost:8080/feeds/arabic-news.atom");
        assertThat(link(feed, "alternate")).isEqualTo("http://localhost:8080/feeds/arabic-news.html");
        assertThat(link(feed, "hub")).isEqualTo("https://hub.example.org/");
        assertThat(link(feed, "first")).isEqualTo("http://localhost:8080/feeds/arabic-news.atom");
        assertThat(link(feed, "next")).isEqualTo("http://localhost:8080/feeds/arabic-news.atom?before=djE");
    }

    @Test
    void laterPageLinksToItselfWithItsCursorAndHasNoNextOnTheLastPage() {
        Element page = Xml.parse(new AtomRenderer().render(SampleFeeds.feed(null, "abc", null))).getDocumentElement();
        assertThat(link(page, "self")).endsWith("/feeds/arabic-news.atom?before=abc");
        assertThat(link(page, "next")).isNull();
        assertThat(link(page, "hub")).isNull();
    }

    @Test
    void creditsBylineElseOutletAsAuthorAndTheOtherOutletsAsContributors() {
        List<Element> entries = children(feed, ATOM, "entry");
        Element story = entries.get(1);
        assertThat(name(children(story, ATOM, "author").get(0))).isEqualTo("أحمد أنور");
        assertThat(children(story, ATOM, "contributor")).extracting(AtomRendererTest::name)
                .containsExactly("الأهرام", "اليوم السابع");
        assertThat(name(children(entries.get(2), ATOM, "author").get(0))).isEqualTo("اليوم السابع");
    }

    @Test
    void namesTheOutletAsTheEntrySource() {
        Element source = children(children(feed, ATOM, "entry").get(1), ATOM, "source").get(0);
        assertThat(text(source, ATOM, "title")).isEqualTo("القاهرة الإخبارية");
        assertThat(text(source, ATOM, "id")).isEqualTo("urn:rawafid:source:alqahera");
        assertThat(link(source, "self")).isEqualTo("https://alqaheranews.net/rss.xml");
        assertThat(text(source, ATOM, "updated")).as("the W3C validator requires it").isEqualTo("2026-11-28T19:00:00Z");
    }

    @Test
    void publishesHtmlContentWithTheAlsoReportedFooterAndPlainSummary() {
        Element story = children(feed, ATOM, "entry").get(1);
        Element content = children(story, ATOM, "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(content.getTextContent()).startsWith("<div dir=\"rtl\" lang=\"ar\">")
                .contains("نشرته أيضاً: <a href=\"https://gate.ahram.org.eg/News/55.aspx\"");
        assertThat(text(story, ATOM, "summary")).startsWith("استقبل الرئيس الروسي");
        assertThat(text(story, ATOM, "published")).isEqualTo("2026-11-28T18:00:00Z");
        assertThat(text(story, ATOM, "updated")).isEqualTo("2026-11-28T19:00:00Z");
    }

    private static String name(Element person) {
        return text(person, ATOM, "name");
    }

    private static String link(Element parent, String rel) {
        return children(parent, ATOM, "link").stream().filter(l -> rel.equals(l.getAttribute("rel")))
                .map(l -> l.getAttribute("href")).findFirst().orElse(null);
    }

    static List<String> schemaErrors(byte[] xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, handler);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertThat(driver.loadSchema(ValidationDriver.fileInputSource(SCHEMA.toFile()))).as("schema loads").isTrue();
        boolean valid = driver.validate(new InputSource(new ByteArrayInputStream(xml)));
        assertThat(valid).as("valid: %s%n%s", errors, new String(xml, StandardCharsets.UTF_8)).isEqualTo(errors.isEmpty());
        return errors;
    }
}
