package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/** The same Arabic feed in every charset and labelling Arabic sites use reads the same. */
class FeedParserCharsetTest {
    private static final URI URL = URI.create("https://example.org/rss.xml");
    private static final List<String> TITLES = List.of(
            "الرئيس يستقبل وفدا من رجال الأعمال العرب",
            "ارتفاع أسعار الذهب في السوق المحلية اليوم",
            "منتخب مصر يتأهل إلى نهائي البطولة");

    private final FeedParser parser = new FeedParser();

    private static String feed(String declaration) {
        StringBuilder xml = new StringBuilder(declaration)
                .append("<rss version=\"2.0\"><channel><title>أخبار القاهرة</title><link>https://example.org/</link>"
                        + "<description>آخر الأخبار من مصر والعالم العربي</description><language>ar</language>");
        for (String title : TITLES) {
            xml.append("<item><title>").append(title).append("</title><description>تفاصيل الخبر: ")
                    .append(title).append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static byte[] bytes(String text, String charset, byte... bom) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    static Stream<Arguments> encodings() {
        String plain = feed("<?xml version=\"1.0\"?>\n");
        return Stream.of(
                Arguments.of("utf-8, unlabelled", bytes(plain, "UTF-8"), null, null, "utf-8"),
                Arguments.of("utf-8 with BOM", bytes(plain, "UTF-8", (byte) 0xEF, (byte) 0xBB, (byte) 0xBF), null, null, "utf-8"),
                Arguments.of("utf-8 labelled ISO-8859-1 by the server", bytes(plain, "UTF-8"),
                        "text/xml; charset=ISO-8859-1", "iso-8859-1", "utf-8"),
                Arguments.of("windows-1256 declared in XML",
                        bytes(feed("<?xml version=\"1.0\" encoding=\"windows-1256\"?>\n"), "windows-1256"),
                        null, "windows-1256", "windows-1256"),
                Arguments.of("windows-1256 undeclared", bytes(plain, "windows-1256"), null, null, "windows-1256"),
                Arguments.of("windows-1256 labelled ISO-8859-1 by the server", bytes(plain, "windows-1256"),
                        "text/xml; charset=ISO-8859-1", "iso-8859-1", "windows-1256"),
                Arguments.of("windows-1256 labelled US-ASCII by the server", bytes(plain, "windows-1256"),
                        "application/rss+xml; charset=\"us-ascii\"", "us-ascii", "windows-1256"),
                Arguments.of("windows-1256 declared ISO-8859-1 in XML",
                        bytes(feed("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"), "windows-1256"),
                        null, "iso-8859-1", "windows-1256"),
                Arguments.of("ISO-8859-6 declared in XML",
                        bytes(feed("<?xml version=\"1.0\" encoding=\"ISO-8859-6\"?>\n"), "ISO-8859-6"),
                        null, "iso-8859-6", "iso-8859-6"),
                Arguments.of("ISO-8859-6 undeclared", bytes(plain, "ISO-8859-6"), null, null, "iso-8859-6"),
                Arguments.of("utf-16le with BOM",
                        bytes(feed("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"), "UTF-16LE", (byte) 0xFF, (byte) 0xFE),
                        null, "utf-16", "utf-16le"),
                Arguments.of("utf-16be with BOM",
                        bytes(feed("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"), "UTF-16BE", (byte) 0xFE, (byte) 0xFF),
                        null, "utf-16", "utf-16be"),
                Arguments.of("windows-1256 labelled correctly by the server", bytes(plain, "windows-1256"),
                        "text/xml; charset=windows-1256", "windows-1256", "windows-1256"),
                Arguments.of("utf-8 still labelled windows-1256 after a migration",
                        bytes(feed("<?xml version=\"1.0\" encoding=\"windows-1256\"?>\n"), "UTF-8"),
                        null, "windows-1256", "utf-8"),
                Arguments.of("windows-1256 labelled utf-8 by the server", bytes(plain, "windows-1256"),
                        "text/xml; charset=utf-8", "utf-8", "windows-1256"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsTheSameArabicTitlesWhateverTheCharset(String name, byte[] body, String contentType,
                                                    String declared, String used) throws ParseException {
        ParsedFeed feed = parser.parse(body, contentType, URL);

        assertThat(feed.items()).extracting(ParsedItem::title).containsExactlyElementsOf(TITLES);
        assertThat(feed.title()).isEqualTo("أخبار القاهرة");
        assertThat(feed.declaredCharset()).isEqualTo(declared);
        assertThat(feed.usedCharset()).isEqualTo(used);
    }

    @Test
    void keepsLatinFeedsLatinEvenWithAccentsThatAreArabicLettersInWindows1256() throws ParseException {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Universität Zürich</title>"
                + "<item><title>Größere Änderungen für Studierende</title></item></channel></rss>";

        ParsedFeed feed = parser.parse(xml.getBytes(StandardCharsets.ISO_8859_1), null, URL);

        assertThat(feed.items().get(0).title()).isEqualTo("Größere Änderungen für Studierende");
        assertThat(feed.usedCharset()).isEqualTo("iso-8859-1");
    }

    @Test
    void mapsWindows1252PunctuationLabelledLatin1() throws ParseException {
        byte[] body = "<rss version=\"2.0\"><channel><title>don\u0092t</title></channel></rss>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(parser.parse(body, "text/xml; charset=iso-8859-1", URL).title()).isEqualTo("don\u2019t");
    }
}
