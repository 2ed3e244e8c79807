package org.rawafid.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.rawafid.bench.Corpus;
import org.rawafid.bench.FeedFile;
import org.rawafid.clean.Article;
import org.rawafid.clean.ArticleExtractor;
import org.rawafid.clean.HtmlCleaner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CleanedText} gives exactly jsoup's text of the cleaned HTML (what {@link IndexWriter} used to
 * parse), on the cleaner's output for every fragment of every feed fixture, the real Arabic pages
 * (whole and as extracted articles), the bench corpora and random nestings of the safelisted tags;
 * and reads most of them itself rather than handing them to jsoup.
 */
class CleanedTextTest {
    private static final Path FIXTURES = Path.of("../shared/fixtures");
    private static final URI BASE = URI.create("https://example.com/news/1");
    private final HtmlCleaner cleaner = new HtmlCleaner();

    @Test
    void givesJsoupsTextForTheCleanersOutputOnEveryFixtureFeed() throws IOException {
        List<String> fragments = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                fragments.addAll(fragments(Files.readString(file, StandardCharsets.ISO_8859_1)));
            }
        }
        assertThat(fragments).hasSizeGreaterThan(5_000);
        assertSameText(cleaned(fragments), 0.5);
    }

    @Test
    void givesJsoupsTextForTheRealArabicPages() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
                    .sorted().toList()) {
                try (InputStream in = file.toString().endsWith(".gz")
                        ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(7);
        List<String> html = new ArrayList<>(cleaned(pages));
        ArticleExtractor extractor = new ArticleExtractor();
        for (String page : pages) {
            Optional<Article> article = extractor.extract(page, BASE, null, List.of(), null);
            article.ifPresent(a -> html.add(a.contentHtml()));
        }
        assertSameText(html, 0.5);
    }

    @Test
    void givesJsoupsTextForTheBenchCorpora() {
        List<String> fragments = new ArrayList<>();
        for (FeedFile feed : Corpus.generate(20, 30, 7).feeds()) {
            fragments.addAll(fragments(new String(feed.bytes(), StandardCharsets.UTF_8)));
        }
        Path words = FIXTURES.resolve("neardup/ans");
        for (FeedFile feed : Corpus.realistic(20, 30, 7, words).feeds()) {
            fragments.addAll(fragments(new String(feed.bytes(), StandardCharsets.UTF_8)));
        }
        // Nearly all read here; what is left to jsoup is the fragments no item has (a whole entry's markup).
        assertSameText(cleaned(fragments), 0.99);
    }

    @Test
    void givesJsoupsTextForRandomNestingsOfTheSafelistedTags() {
        String[] tags = {"p", "div", "span", "h2", "h3", "h6", "b", "strong", "i", "em", "u", "sub", "sup", "code",
                "ul", "ol", "li", "blockquote", "a", "figure", "figcaption", "pre", "table", "tr", "td"};
        String[] voids = {"br", "hr", "img src=\"https://example.com/a.jpg\""};
        String[] words = {"الرئيس", "وزير", "x", " ", "  ", "\n", "&amp;", "&lt;b&gt;", "&nbsp;", "3.5", "\u200B",
                "\u00AD", "&#1575;", "&#x644;", "&quot;", "a&b", "<!-- c -->", ""};
        Random r = new Random(16);
        List<String> inputs = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            build(html, r, tags, voids, words, 0);
            inputs.add(html.toString());
        }
        List<String> all = new ArrayList<>(inputs); // as written (the reader must not trust them)
        all.addAll(cleaned(inputs));
        assertSameText(all, 0.0);
    }

    @Test
    void leavesToJsoupWhatItDoesNotFollow() {
        for (String html : List.of("<p>a<div>b</div></p>", "<P>a</P>", "<p>a<!-- x -->b</p>", "<table><tr><td>a</td>b",
                "a &eacute; b", "<p>a</b>", "<pre> a  b </pre>", "<p class=x>a</p>", "<br/>a", "a\r\nb",
                "<li>a<li>b", "<h2>a<h3>b</h3></h2>", "<a href=\"x\">a<a>b</a></a>", "<p>a")) {
            assertThat(CleanedText.read(html)).as(html).isNull();
            assertThat(CleanedText.of(html)).as(html).isEqualTo(Jsoup.parseBodyFragment(html).text());
        }
        assertThat(CleanedText.read("<div dir=\"rtl\" lang=\"ar\"><p>أ&amp;ب</p><ul><li>ج</li><li>د<br>هـ</li></ul>و</div>"))
                .isEqualTo("أ&ب ج د هـ و");
    }

    private static void build(StringBuilder html, Random r, String[] tags, String[] voids, String[] words, int depth) {
        int children = r.nextInt(depth == 0 ? 6 : 4);
        for (int c = 0; c < children; c++) {
            int kind = r.nextInt(10);
            if (kind < 4 || depth > 5) {
                html.append(words[r.nextInt(words.length)]);
            } else if (kind < 5) {
                html.append('<').append(voids[r.nextInt(voids.length)]).append('>');
            } else {
                String tag = tags[r.nextInt(tags.length)];
                html.append('<').append(tag).append(r.nextInt(4) == 0 ? " dir=\"rtl\"" : "").append('>');
                build(html, r, tags, voids, words, depth + 1);
                html.append("</").append(tag).append('>');
            }
        }
    }

    private List<String> cleaned(List<String> fragments) {
        List<String> out = new ArrayList<>();
        for (String fragment : fragments) {
            out.add(cleaner.clean(fragment, BASE, null).html());
            out.add(cleaner.clean(fragment, BASE, "ar").html());
            out.add(cleaner.textOnly(fragment, BASE, "ar").html());
        }
        return out;
    }

    /** Every element's markup or text, as a feed reader would hand it to the cleaner. */
    private static List<String> fragments(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Set<String> fragments = new LinkedHashSet<>();
        for (Element el : doc.getAllElements()) {
            if (el == doc) {
                continue;
            }
            if (el.childrenSize() > 0) {
                fragments.add(el.html());
            }
            if (!el.wholeText().isBlank()) {
                fragments.add(el.wholeText());
            }
        }
        return new ArrayList<>(fragments);
    }

    /** Each html's text equals jsoup's; at least {@code readShare} of them are read without jsoup. */
    private static void assertSameText(List<String> html, double readShare) {
        int read = 0;
        for (String h : html) {
            String expected = Jsoup.parseBodyFragment(h).text();
            assertThat(CleanedText.of(h)).as(h).isEqualTo(expected);
            if (CleanedText.read(h) != null) {
                read++;
            }
        }
        assertThat((double) read / html.size()).as("share read without jsoup (%d of %d)", read, html.size())
                .isGreaterThanOrEqualTo(readShare);
    }
}
