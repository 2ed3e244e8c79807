package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rawafid.bench.Corpus;
import org.rawafid.bench.FeedFile;

/**
 * Hiding from Rome the date elements our {@link DateParser} reads (Rome's dates are only a fallback)
 * changes no parsed feed: every XML feed of the shared fixtures, a table of date forms in every
 * feed flavour (ours reads them, Rome only, neither, mixed, blank) and the bench corpus give the
 * same {@code ParsedFeed}, or the same error, with and without it.
 */
class RomeDatesSparedTest {
    private static final Path FIXTURES = Path.of("../shared/fixtures");
    private static final URI URL = URI.create("https://example.org/feed");

    private static String outcome(FeedParser parser, byte[] body, String contentType) {
        try {
            return parser.parse(body, contentType, URL).toString();
        } catch (ParseException | RuntimeException e) {
            return "error: " + e.getMessage();
        }
    }

    private static void assertSame(byte[] body, String contentType, String name, ZoneId zone) {
        String spared = outcome(new FeedParser(new DateParser(zone), true), body, contentType);
        String full = outcome(new FeedParser(new DateParser(zone), false), body, contentType);
        assertThat(spared).as(name).isEqualTo(full);
    }

    @Test
    void everyFixtureFeedParsesTheSame() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FIXTURES), "fixtures folder ../shared/fixtures is absent");
        List<Path> feeds;
        try (Stream<Path> all = Files.walk(FIXTURES)) {
            feeds = all.filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".rss")
                    || p.toString().endsWith(".atom")).sorted().toList();
        }
        assertThat(feeds).hasSizeGreaterThan(1_000);
        for (Path feed : feeds) {
            byte[] body = Files.readAllBytes(feed);
            assertSame(body, null, feed.toString(), ZoneId.of("UTC"));
            assertSame(body, "application/xml", feed.toString(), ZoneId.of("Asia/Riyadh"));
        }
    }

    /** Forms ours reads, forms only Rome reads (none here is known to be), nonsense and blanks. */
    private static final List<String> DATES = List.of("Sun, 16 Jun 2024 09:05:00 GMT", "Sun, 16 Jun 2024 09:05 EEST",
            "2024-06-16T09:05:00Z", "2024-06-16T09:05:00+03:00", "2024-06-16", "16 Jun 2024", "20240616T090500Z",
            "الأحد، ١٥ يونيه ٢٠٢٤ - ٠٣:٢٠ م", "15 حزيران 2024 15:20", "Sunday, June 16, 2024", "06/16/2024",
            "2024-13-45T99:99:99Z", "yesterday", "", "   ", "Sun, 31 Feb 2024 09:05:00 GMT", "1718528700",
            "2024-06-16T09:05:00.123456789+0300", "Jun 16 2024 9:05AM", "16.06.2024 09:05", "Mon, 1 Jan 0001 00:00:00 GMT");

    private static String rss(String version, String pub, String dc, String updated) {
        return "<rss version=\"" + version + "\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>t</title><link>https://e.org/</link>"
                + "<description>d</description><item><title>عنوان</title><link>https://e.org/1</link>"
                + (pub == null ? "" : "<pubDate>" + pub + "</pubDate>")
                + (dc == null ? "" : "<dc:date>" + dc + "</dc:date>")
                + (updated == null ? "" : "<atom:updated>" + updated + "</atom:updated>")
                + "<description>نص</description></item><item><title>ثان</title><link>https://e.org/2</link>"
                + "<pubDate>Sun, 16 Jun 2024 09:05:00 GMT</pubDate></item></channel></rss>";
    }

    private static String atom10(String published, String updated) {
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:f</id>"
                + "<updated>2024-06-16T09:05:00Z</updated><entry><title>عنوان</title><id>urn:1</id>"
                + "<link href=\"https://e.org/1\"/>" + (published == null ? "" : "<published>" + published + "</published>")
                + (updated == null ? "" : "<updated>" + updated + "</updated>") + "<summary>نص</summary></entry></feed>";
    }

    private static String atom03(String issued, String modified, String created) {
        return "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>t</title>"
                + "<modified>2024-06-16T09:05:00Z</modified><entry><title>عنوان</title><id>urn:1</id>"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"https://e.org/1\"/>"
                + (issued == null ? "" : "<issued>" + issued + "</issued>")
                + (modified == null ? "" : "<modified>" + modified + "</modified>")
                + (created == null ? "" : "<created>" + created + "</created>")
                + "<summary>نص</summary></entry></feed>";
    }

    private static String rdf(String date) {
        return "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"https://e.org/\"><title>t</title>"
                + "<link>https://e.org/</link><description>d</description></channel>"
                + "<item rdf:about=\"https://e.org/1\"><title>عنوان</title><link>https://e.org/1</link>"
                + (date == null ? "" : "<dc:date>" + date + "</dc:date>") + "</item></rdf:RDF>";
    }

    @Test
    void everyDateFormInEveryFlavourParsesTheSame() {
        List<String> forms = Stream.concat(Stream.of((String) null), DATES.stream()).toList();
        for (String a : forms) {
            for (String b : forms) {
                for (String feed : List.of(rss("2.0", a, b, null), rss("2.0", a, null, b), rss("0.91", a, b, null),
                        rss("0.92", b, null, a), atom10(a, b), atom03(a, b, null), atom03(null, a, b),
                        atom03(a, null, b), rdf(a))) {
                    assertSame(feed.getBytes(StandardCharsets.UTF_8), "application/xml", feed, ZoneId.of("UTC"));
                }
            }
        }
    }

    @Test
    void theBenchCorpusParsesTheSame() {
        for (FeedFile f : Corpus.generate(20, 30, 1).feeds()) {
            assertSame(f.bytes(), f.contentType(), "bench feed", ZoneId.of("UTC"));
        }
    }
}
