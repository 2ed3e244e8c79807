package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rawafid.bench.Corpus;
import org.rawafid.bench.FeedFile;
import org.rawafid.model.ParsedItem;
import org.rawafid.parse.FeedParser;

/**
 * {@link BoilerplateRemover#remove} (long ordinary paragraphs decided without building their text)
 * leaves exactly the tree {@link BoilerplateRemover#removeAsFirstWritten} leaves: on a table of
 * paragraphs at the edges of the shortcut, every HTML page and every feed item of the shared
 * fixtures, and the bench corpus.
 */
class BoilerplateAsFirstWrittenTest {
    private static final String LONG = "قال المتحدث باسم الوزارة إن الاجتماع الذي عقد في العاصمة تناول عددا من القضايا "
            + "المهمة المتعلقة بالتعاون الاقتصادي بين البلدين وسبل تعزيزه في المرحلة المقبلة";

    static Stream<String> edges() {
        return Stream.of(
        "<p>" + LONG + "</p>",
        "<p>" + LONG + " الآراء الواردة في التعليقات لا تعبر عن رأي الموقع</p>",
        "<p>" + LONG + " الآ\u00ADراء الواردة في التعليقات لا تعبر عن رأي الموقع</p>",
        "<p>التعليقات<b></b> لا تعبر عن رأي الموقع " + LONG + "</p>",
        "<p>ال<b>آراء</b> الواردة لا تعبر عن رأي الموقع " + LONG + "</p>",
        "<p>ال\u200Bتعليقات لا تعبر عن وجهة نظر " + LONG + "</p>",
        "<p>The post " + LONG + " appeared first on موقع</p>",
        "<p>The post " + LONG + " APPE\u00ADARED first on موقع</p>",
        "<p>The post " + LONG + " ap<i>peared</i> first on site</p>",
        "<p>ترحب الصحيفة بالنقاش " + LONG + "</p>",
        "<p>comments are moderated " + LONG + "</p>",
        "<p>اقرأ أيضا: <a href=\"/a\">" + LONG + "</a></p>",
        "<p>اقرأ أيضا<a href=\"/a\">" + LONG + "</a><a href=\"/b\">" + LONG + "</a></p>",
        "<p>" + "\u00AD".repeat(200) + "اقرأ أيضا</p>",
        "<p>" + "\u00AD".repeat(130) + "شارك</p>",
        "<p>ا\u00ADقرأ أيضا" + "\u00AD".repeat(300) + "</p>",
        "<p>" + "م\u00AD".repeat(125) + "</p>",
        "<p>" + "م".repeat(121) + "</p><p>" + "م".repeat(120) + "</p>",
        "<p>" + "\u200B".repeat(200) + "إعلان</p>",
        "<p>تابعونا على " + LONG + "</p>",
        "<div><p>" + LONG + "</p><p>شارك</p></div>",
        "<p><span>" + LONG + "</span><br>ظهرت المقالة " + LONG + " أولاً على موقع</p>",
        "<p>" + LONG + "<![CDATA[ الآراء ]]></p>",
        "<p>" + LONG + "<script>التعليقات</script></p>",
        "<p>" + LONG + "<!-- التعليقات --></p>");
    }

    @ParameterizedTest
    @MethodSource("edges")
    void leavesWhatTheFirstWrittenRemoverLeaves(String html) {
        assertSame(html);
    }

    @Test
    void onEveryPageAndFeedItemOfTheSharedFixtures() throws IOException {
        List<String> inputs = new ArrayList<>();
        FeedParser parser = new FeedParser();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("../shared/fixtures")), Files.walk(Path.of("src/test/resources")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    inputs.add(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8));
                } else if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
                    try {
                        for (ParsedItem item : parser.parse(Files.readAllBytes(file), null, URI.create("http://x.invalid/")).items()) {
                            if (item.contentHtml() != null) {
                                inputs.add(item.contentHtml());
                            }
                            if (item.summaryHtml() != null) {
                                inputs.add(item.summaryHtml());
                            }
                        }
                    } catch (Exception notAFeed) {
                        // not every XML fixture is a feed that parses
                    }
                }
            }
        }
        assertThat(inputs.size()).isGreaterThan(500);
        inputs.forEach(BoilerplateAsFirstWrittenTest::assertSame);
    }

    @Test
    void onTheBenchCorpus() throws Exception {
        FeedParser parser = new FeedParser();
        int items = 0;
        for (FeedFile f : Corpus.generate(40, 30, 1).feeds()) {
            for (ParsedItem item : parser.parse(f.bytes(), f.contentType(), URI.create("http://bench.invalid/feed")).items()) {
                assertSame(item.contentHtml() != null ? item.contentHtml() : item.summaryHtml());
                items++;
            }
        }
        assertThat(items).isEqualTo(1200);
    }

    @Test
    void foldMayRemoveReadsAsciiAsIsLetterOrDigitDid() {
        for (char c = 0; c < 0x80; c++) {
            assertThat(ArabicText.foldMayRemove(c)).as("U+%04X", (int) c).isEqualTo(!Character.isLetterOrDigit(c));
        }
    }

    private static void assertSame(String html) {
        Document a = Jsoup.parseBodyFragment(html, "http://x.invalid/");
        Document b = a.clone();
        BoilerplateRemover.remove(a.body());
        BoilerplateRemover.removeAsFirstWritten(b.body());
        assertThat(a.body().outerHtml()).as(html.length() > 300 ? html.substring(0, 300) : html)
                .isEqualTo(b.body().outerHtml());
    }
}
