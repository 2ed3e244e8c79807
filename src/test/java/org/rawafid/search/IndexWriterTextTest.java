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
import org.rawafid.clean.CleanHtml;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.dedupe.ArabicNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index takes an item's text from the cleaner ({@link CleanHtml#text()}) on the live path and from the stored HTML ({@link IndexWriter#textOf}) when catching up; both give
 * exactly the terms (and the summary-in-text decision) of the way it was first written: jsoup's
 * {@code text()} of the cleaned HTML (the oracle below). Over every real page in ../shared/fixtures,
 * every fragment of the feedparser corpus (cleaned and text-only), and the bench corpora's bodies.
 */
class IndexWriterTextTest {
    private static final Path FIXTURES = Path.of("../shared/fixtures");
    private static final URI BASE = URI.create("http://example.com/feed/");
    private static final String TITLE = "الرئيس يزور العاصمة";
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Terms terms = new Terms(normalizer);
    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final Summarizer summarizer = new Summarizer();
    private int folding;

    @Test
    void theCleanersTextAndTheStoredHtmlGiveTheTermsJsoupsTextGave() throws IOException {
        int checked = 0;
        int summariesLeftOut = 0;
        int summariesKept = 0;
        String other = "ملخص آخر لا يبدأ به النص، من وصف الخبر في الخلاصة كما أعطاه الناشر";
        for (String fragment : fragments()) {
            for (CleanHtml clean : List.of(cleaner.clean(fragment, BASE, null), cleaner.textOnly(fragment, BASE, null))) {
                String own = summarizer.summarizeText(clean.text(), 300);
                for (String summary : new String[]{own, other, "", null}) {
                    boolean in = check(fragment, summary, clean.html(), clean.text());
                    if (summary != null && !summary.isEmpty()) {
                        summariesLeftOut += in ? 1 : 0;
                        summariesKept += in ? 0 : 1;
                    }
                    checked++;
                }
            }
        }
        for (Path page : pages()) {
            String html = read(page);
            Optional<Article> article = new ArticleExtractor().extract(html, URI.create("https://example.com/a/1"),
                    null, List.of(), null);
            if (article.isPresent()) {
                Article a = article.get();
                // A full-text item's index text is its HTML rendered again: Article.text() lacks the
                // caption of the lead figure its HTML begins with.
                String summary = summarizer.summarizeText(a.text(), 300);
                check(page.toString(), summary, a.contentHtml(), IndexWriter.textOf(a.contentHtml()));
                checked++;
            }
        }
        assertThat(pages()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(checked).isGreaterThan(20_000);
        assertThat(summariesLeftOut).isGreaterThan(1_000); // both decisions are exercised
        assertThat(summariesKept).isGreaterThan(0);
        assertThat(folding).as("decisions changed by space folding").isLessThan(checked / 100);
        System.out.printf("IndexWriterTextTest: %d checked, own summary left out %d, kept %d, decided otherwise by space folding %d%n",
                checked, summariesLeftOut, summariesKept, folding);
    }

    /**
     * The terms from the cleaner's {@code text} and from the stored {@code html} rendered again are
     * the oracle's; so is the summary check, but where jsoup's text kept a no-break (or other
     * Unicode) space or a soft hyphen in the first 40 chars, which the cleaner's text and the summary
     * fold: there the summary IS the text's beginning and is no longer indexed a second time.
     * Returns the new decision (the summary left out).
     */
    private boolean check(String label, String summary, String html, String text) {
        boolean in = summaryInTextBefore(summary, html);
        boolean inNow = IndexWriter.summaryInText(summary, text);
        assertThat(IndexWriter.summaryInText(summary, IndexWriter.textOf(html))).as(label).isEqualTo(inNow);
        if (in != inNow) {
            assertThat(inNow).as(label).isTrue();
            String prefix = summary.substring(0, Math.min(40, summary.length()));
            assertThat(folded(jsoupText(html))).as(label).startsWith(folded(prefix));
            folding++;
        }
        String before = before(TITLE, summary, html, inNow);
        assertThat(after(TITLE, summary, text)).as(label).isEqualTo(before);
        assertThat(after(TITLE, summary, IndexWriter.textOf(html))).as(label).isEqualTo(before);
        return inNow;
    }

    @Test
    void aLineBreakInTheTextReadsAsASpaceForTheSummaryCheck() {
        assertThat(IndexWriter.startsWithAsOneLine("أ ب\nج د", "أ ب ج", 5)).isTrue();
        assertThat(IndexWriter.startsWithAsOneLine("أ ب\nج د", "أ ب\nج", 5)).isFalse(); // summaries have no line breaks
        assertThat(IndexWriter.startsWithAsOneLine("أ ب", "أ ب ج", 5)).isFalse();
        assertThat(IndexWriter.indexedText("t", "s", "s\nx")).isEqualTo("t\ns\nx");
        assertThat(IndexWriter.indexedText("t", "y", "s\nx")).isEqualTo("t\ny\ns\nx");
    }

    /**
     * IndexWriter's terms as first written: jsoup's text() of the stored HTML, String.join of
     * Terms.of as first written (TermsTest's oracle); the summary left out or not as {@code summaryInText} says.
     */
    private String before(String title, String summary, String html, boolean summaryInText) {
        return String.join(" ", TermsTest.before(normalizer, title + "\n" + (summaryInText ? "" : summary + "\n") + jsoupText(html)));
    }

    private static String jsoupText(String html) {
        return html == null || html.isEmpty() ? "" : Jsoup.parseBodyFragment(html).text();
    }

    /** The summary check as first written, on jsoup's text. */
    private static boolean summaryInTextBefore(String summary, String html) {
        return summary == null || summary.isEmpty()
                || jsoupText(html).startsWith(summary.substring(0, Math.min(40, summary.length())));
    }

    /**
     * Without the chars jsoup's text() drops (soft hyphen, zero-width space), spaces folded as the
     * cleaner folds them (ArabicText.foldSpaces: ASCII, no-break, U+2000–U+200B, U+3000, BOM).
     */
    private static String folded(String s) {
        return s.replaceAll("[\u00AD\u200B]", "").replaceAll("[\\s\u00A0\u2000-\u200B\u3000\uFEFF]+", " ").strip();
    }

    private String after(String title, String summary, String text) {
        return terms.joined(IndexWriter.indexedText(title, summary, text));
    }

    private static boolean summaryInTextAfter(String summary, String text) {
        return IndexWriter.summaryInText(summary, text);
    }

    /** Every real page: the Arabic pages (some gzipped) and the extraction fixture. */
    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(FIXTURES.resolve("arabic-pages")), Files.walk(FIXTURES.resolve("pages")))) {
            return files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().toList();
        }
    }

    static String read(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * What the cleaner is handed: each real page whole; every element's markup or text of every
     * feedparser fixture (as SanitizerCorpus takes them); the bench corpora's item bodies.
     */
    static List<String> fragments() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (Path page : pages()) {
            out.add(read(page));
        }
        try (Stream<Path> files = Files.walk(FIXTURES.resolve("feedparser"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                addElements(out, new String(bytes, StandardCharsets.UTF_8));
            }
        }
        for (FeedFile feed : Corpus.generate(5, 30, 3).feeds()) {
            addElements(out, new String(feed.bytes(), StandardCharsets.UTF_8));
        }
        for (FeedFile feed : Corpus.realistic(5, 30, 3, FIXTURES.resolve("neardup/ans")).feeds()) {
            addElements(out, new String(feed.bytes(), StandardCharsets.UTF_8));
        }
        return new ArrayList<>(out);
    }

    private static void addElements(Set<String> out, String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        for (Element el : doc.getAllElements()) {
            if (el == doc) {
                continue;
            }
            if ("base64".equals(el.attr("mode"))) {
                try {
                    out.add(new String(Base64.getMimeDecoder().decode(el.wholeText().strip()), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    out.add(el.wholeText());
                }
            } else if (el.childrenSize() > 0) {
                out.add(el.html());
            } else if (!el.wholeText().isBlank()) {
                out.add(el.wholeText());
            }
        }
    }
}
