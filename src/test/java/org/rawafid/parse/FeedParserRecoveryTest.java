package org.rawafid.parse;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/** Mildly broken feeds recover the way feedparser's loose mode recovers them; entity attacks do not. */
class FeedParserRecoveryTest {
    private static final URI URL = URI.create("https://example.org/feed.xml");

    static {
        // Jing brings Saxon onto the test classpath; WireMock needs the JDK's own XSLT factory.
        System.setProperty("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    }
    private final FeedParser parser = new FeedParser();

    private ParsedFeed parse(String xml) throws ParseException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, URL);
    }

    private static String rssWithItemTitle(String title) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>" + title + "</title><link>https://example.org/a</link></item></channel></rss>";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTML &nbsp;                 | مصر&nbsp;اليوم          | مصر\u00A0اليوم
            HTML &hellip; and &raquo;   | قال&hellip; &raquo;نعم  | قال… »نعم
            HTML5 entity &rlm;          | أ&rlm;ب                  | أ\u200Fب
            legacy entity without ;     | AT&nbspT                 | AT\u00A0T
            bare ampersand              | Tom & Jerry              | Tom & Jerry
            unknown entity              | a &bogus; b              | a &bogus; b
            control characters          | a\u0001b\u000Bc          | abc
            C1 numeric reference        | don&#146;t               | don’t
            """)
    void recoversMildlyBrokenText(String quirk, String raw, String expected) throws ParseException {
        assertThat(parse(rssWithItemTitle(raw)).items()).extracting(ParsedItem::title).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BOM then blank lines      | \uFEFF\n\n
            whitespace                | '   \t\n'
            PHP warning               | '<b>Warning</b>: session_start() failed in /var/www/rss.php on line 3\n'
            """)
    void dropsJunkBeforeTheProlog(String quirk, String junk) throws ParseException {
        assertThat(parse(junk + rssWithItemTitle("خبر")).items()).extracting(ParsedItem::title).containsExactly("خبر");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTML after the feed       | '\n<div>Generated in 0.2s</div>'
            a second root             | <rss><channel></channel></rss>
            text                      | ' trailing words'
            """)
    void dropsJunkAfterTheRootElement(String quirk, String junk) throws ParseException {
        assertThat(parse(rssWithItemTitle("خبر") + junk).items()).extracting(ParsedItem::title).containsExactly("خبر");
    }

    @Test
    void readsUndeclaredContentDcAndMediaPrefixes() throws ParseException {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
                + "<content:encoded><![CDATA[<p>النص الكامل</p>]]></content:encoded>"
                + "<dc:creator>أحمد أنور</dc:creator>"
                + "<media:content url=\"https://img.example.org/a.jpg\" medium=\"image\"/>"
                + "<description>ملخص</description></item></channel></rss>");

        ParsedItem item = feed.items().get(0);
        assertThat(item.contentHtml()).isEqualTo("<p>النص الكامل</p>");
        assertThat(item.summaryHtml()).isEqualTo("ملخص");
        assertThat(item.author()).isEqualTo("أحمد أنور");
        assertThat(item.imageUrl()).isEqualTo("https://img.example.org/a.jpg");
    }

    @Test
    void ignoresAMalformedXmlBase() throws ParseException {
        ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"::not a uri\"><title>t</title>"
                + "<entry><title>أ</title><link href=\"/a\"/><id>1</id></entry></feed>");

        assertThat(feed.items()).extracting(ParsedItem::link).containsExactly("https://example.org/a");
    }

    @Test
    void keepsEntitiesInsideCdataAsWritten() throws ParseException {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>t</title><item><title>x &nbsp;y</title>"
                + "<description><![CDATA[a &nbsp; b & c]]></description></item></channel></rss>");

        assertThat(feed.items().get(0).contentHtml()).isEqualTo("a &nbsp; b & c");
    }

    @Test
    void recoversItemsFromATruncatedFeed() throws ParseException {
        String whole = "<rss version=\"2.0\"><channel><title>t</title><item><title>الأول</title></item>"
                + "<item><title>الثاني</title></item><item><title>الثا";

        assertThat(parse(whole).items()).extracting(ParsedItem::title).startsWith("الأول", "الثاني");
    }

    @Test
    void recoversUnclosedTags() throws ParseException {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>أ</title><description>x<br>y"
                + "</description></item></channel></rss>";

        assertThat(parse(xml).items()).extracting(ParsedItem::title).containsExactly("أ");
    }

    @Test
    void rejectsExternalEntitiesWithoutReadingThem() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&e;</title></channel></rss>";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> parse(xxe)).isInstanceOf(ParseException.class)
                        .hasMessageContaining("parse: " + URL).hasMessageContaining("DOCTYPE")
                        .hasMessageNotContaining("root:"));
    }

    @Test
    void rejectsExternalEntitiesEvenWithoutAnXmlDeclaration() {
        String xxe = "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]>"
                + "<rss version=\"2.0\"><channel><title>x</title></channel></rss>";

        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(ParseException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void rejectsBillionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> parse(xml.toString())).isInstanceOf(ParseException.class)
                        .hasMessageContaining("DOCTYPE"));
    }

    @Test
    void neverFetchesAnExternalDtd() throws ParseException {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape//DTD RSS 0.91//EN\" \"http://localhost:"
                    + server.port() + "/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>t&nbsp;</title>"
                    + "<link>https://example.org/</link><description>d</description><language>ar</language></channel></rss>";

            assertThat(parse(xml).title()).isEqualTo("t\u00A0");
            assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
        } finally {
            server.stop();
        }
    }

    @Test
    void namesStageAndUrlWhenTheBytesAreNoFeed() {
        assertThatThrownBy(() -> parse("<html><body><p>404 الصفحة غير موجودة</p></body></html>"))
                .isInstanceOf(ParseException.class)
                .hasMessageStartingWith("parse: https://example.org/feed.xml: not an RSS or Atom feed");
    }

    @Test
    void reportsLineAndColumnOfXmlItCannotRepair() {
        String xml = "<rss version=\"2.0\">\n<channel><title>x</title>\n<a:b:c>y</a:b:c></channel></rss>";

        assertThatThrownBy(() -> parse(xml)).isInstanceOf(ParseException.class)
                .hasMessageMatching("parse: https://example.org/feed.xml: not well-formed XML at line 3, column \\d+: (?s).*");
    }

    @Test
    void rejectsAnEmptyBody() {
        assertThatThrownBy(() -> parse("")).isInstanceOf(ParseException.class);
    }
}
