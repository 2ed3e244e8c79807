package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rawafid.parse.DateParser;
import org.rawafid.parse.FeedParser;
import org.rawafid.parse.ParseException;

/**
 * Worst-case inputs for every text scan that a feed publisher controls (issue 18, rows 1–5):
 * each generator builds the input that made a backtracking regex or a per-element subtree walk
 * quadratic, at 10 KB and at 100 KB. Cleaning and parsing must grow linearly: the 100 KB run
 * takes at most 200 ms and at most 15 times the 10 KB run. Timings are the thread's CPU time,
 * the best of seven runs after a warm-up, so other work on the shared build machine does not fail
 * the test; a quadratic scan is 100 times slower at 100 KB and fails every run.
 */
class HostileInputCostTest {
    private static final int SMALL = 10_000;
    private static final int LARGE = 100_000;
    private static final long MAX_LARGE_MILLIS = 200;
    private static final double MAX_RATIO = 15;
    /** Sub-millisecond timings are noise; the ratio is taken against at least this much. */
    private static final long FLOOR_NANOS = 5_000_000;
    private static final URI BASE = URI.create("https://example.org/news/1");

    private static final HtmlCleaner CLEANER = new HtmlCleaner();
    private static final Summarizer SUMMARIZER = new Summarizer();
    private static final TitleCleaner TITLES = new TitleCleaner();
    private static final FeedParser FEEDS = new FeedParser();
    private static final DateParser DATES = new DateParser();

    record Case(String name, IntFunction<String> input, Consumer<String> subject) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Consumer<String> clean = html -> CLEANER.clean(html, BASE, "ar");
        Consumer<String> summarize = text -> SUMMARIZER.summarize(text, 300);
        Consumer<String> title = text -> TITLES.clean(text, "y");
        Consumer<String> feed = xml -> parseFeed(xml);
        return Stream.of(
                new Case("row 1: srcset of one long candidate, no src (DomScrubber)",
                        n -> "<img srcset=\"" + "a".repeat(n) + " b\">", clean),
                new Case("row 1: data-srcset of many candidates", n -> "<img src=\"data:,\" data-srcset=\""
                        + "a 1x, ".repeat(n / 6) + "\">", clean),
                new Case("row 2: unclosed tags in content (HtmlCleaner)", n -> "<a".repeat(n / 2), clean),
                new Case("row 2: unclosed tags in a summary (Summarizer)", n -> "<a".repeat(n / 2), summarize),
                new Case("row 2: lone ampersands and words (Summarizer)",
                        n -> ("&" + "a".repeat(40) + " ").repeat(n / 42), summarize),
                new Case("row 3: title punctuation before the site name (TitleCleaner)",
                        n -> "a | y" + "!".repeat(n) + "x", title),
                new Case("row 3: title punctuation after the site name (TitleCleaner)",
                        n -> "y" + "!".repeat(n) + "x | a", title),
                new Case("row 3: title of nested tags (TitleCleaner)", n -> "<i>".repeat(n / 3) + "x", title),
                new Case("row 4: unterminated comments (text-only form)", n -> "<div>".repeat(300)
                        + "<!--".repeat((n - 1_500) / 4), clean),
                new Case("row 4: unmatched end tags under 199 open ones (nesting estimate)",
                        n -> "<div>".repeat(199) + "</x>".repeat((n - 995) / 4), clean),
                new Case("row 4: 199 nested divs around long text (BoilerplateRemover)",
                        n -> "<div class=\"share\">".repeat(199) + "اقرأ أيضا <a href=/x>نص</a> ".repeat(n / 40), clean),
                new Case("row 4: 199 nested divs around long text and links",
                        n -> "<div><span>".repeat(99) + "نص <a href=/x>رابط</a> عادي ".repeat(n / 30), clean),
                new Case("row 4: nested divs (BoilerplateRemover)", n -> "<div>".repeat(n / 5) + "x", clean),
                new Case("row 4: nested divs each with a label (BoilerplateRemover)",
                        n -> "<div>المزيد ".repeat(n / 12), clean),
                new Case("row 4: nested bold (jsoup formatting elements)", n -> "<b>".repeat(n / 3) + "x", clean),
                new Case("row 4: nested hidden blocks (DomScrubber)",
                        n -> "<div aria-hidden=\"true\">".repeat(n / 24) + "x", clean),
                new Case("row 5: XML declaration of spaces (XmlDocumentReader)",
                        n -> "<?xml version=\"1.0\"" + " ".repeat(n), feed),
                new Case("row 5: XML declaration of spaces before encoding",
                        n -> "<?xml version=\"1.0\"" + " ".repeat(n) + "encodin", feed),
                new Case("audit: page date of spaces (PageDates)", n -> ("1" + " ".repeat(98) + "x").repeat(n / 100),
                        text -> PageDates.parse(text)),
                new Case("audit: page date of one run of spaces (PageDates)", n -> "1" + " ".repeat(n) + "x",
                        text -> PageDates.parse(text)),
                new Case("audit: article page of many short paragraphs (ArticleExtractor)",
                        n -> "<html><body>" + "<div class=\"c\"><p>فقرة قصيرة من نص المقال، تكفي لتحتسب.</p></div>".repeat(n / 60)
                                + "</body></html>", html -> new ArticleExtractor().extract(html, BASE, null,
                                java.util.List.of(), null)),
                new Case("audit: date of separators (DateParser)", n -> "1" + " -".repeat(n / 2) + "x",
                        text -> DATES.parse(text)),
                new Case("audit: long date text (DateParser)", n -> "12 " + "يناير ".repeat(n / 6), text -> DATES.parse(text)),
                new Case("audit: deeply nested feed XML", n -> "<rss version=\"2.0\"><channel><title>t</title><item>"
                        + "<description>" + "<b>".repeat(n / 3) + "</description></item></channel></rss>", feed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void costGrowsLinearly(Case c) {
        String small = c.input().apply(SMALL);
        String large = c.input().apply(LARGE);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long warmUntil = System.nanoTime() + 300_000_000L;
            for (int i = 0; i < 5 || System.nanoTime() < warmUntil && i < 50; i++) {
                c.subject().accept(small); // class loading and JIT are not what is measured
            }
            long smallNanos = best(c.subject(), small);
            long largeNanos = best(c.subject(), large);
            double ratio = (double) largeNanos / Math.max(smallNanos, FLOOR_NANOS);
            System.out.printf("%-70s 10 KB %7.1f ms  100 KB %7.1f ms  ratio %5.1f%n", c.name(),
                    smallNanos / 1e6, largeNanos / 1e6, ratio);
            assertThat(largeNanos / 1_000_000).as("%s at 100 KB, ms", c.name()).isLessThanOrEqualTo(MAX_LARGE_MILLIS);
            assertThat(ratio).as("%s: 100 KB time / 10 KB time", c.name()).isLessThanOrEqualTo(MAX_RATIO);
        }, () -> c.name() + ": over 10 s for 10 KB and 100 KB inputs (quadratic)");
    }

    private static long best(Consumer<String> subject, String input) {
        long best = Long.MAX_VALUE;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 7; i++) {
            // CPU time of this thread: on a shared machine, wall time also counts everyone else's work.
            long start = threads.getCurrentThreadCpuTime();
            subject.accept(input);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        return best;
    }

    private static void parseFeed(String xml) {
        try {
            FEEDS.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE);
        } catch (ParseException expected) {
            // Refusing hostile XML is fine; what is measured is how long it takes.
        }
    }
}
