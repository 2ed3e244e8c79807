package org.rawafid.publish;

import org.rawafid.dedupe.ArabicNormalizer;

import java.time.Instant;
import java.util.List;

/** A realistic Arabic merged feed for the writer tests: tricky titles, a story from three outlets, an image. */
final class SampleFeeds {
    static final Instant NOW = Instant.parse("2026-11-28T21:00:00Z");

    static final Outlet QAHERA = new Outlet("alqahera", "القاهرة الإخبارية", "https://alqaheranews.net/",
            "https://alqaheranews.net/rss.xml");
    static final Outlet AHRAM = new Outlet("ahram", "الأهرام", "https://gate.ahram.org.eg/",
            "https://gate.ahram.org.eg/rss/all.xml");
    static final Outlet YOUM7 = new Outlet("youm7", "اليوم السابع", null, "https://www.youm7.com/rss/SectionRss");

    private SampleFeeds() {
    }

    static EntryView storyFromThreeOutlets() {
        return new EntryView("urn:rawafid:story:7f3a9c", "بوتين يستقبل إلهام علييف في موسكو & يبحثان \"الممر\" <الجديد>",
                "https://alqaheranews.net/news/123?utm_x=1&id=5",
                "استقبل الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف في الكرملين.",
                "<div dir=\"rtl\" lang=\"ar\"><p>استقبل الرئيس الروسي <b>فلاديمير بوتين</b> نظيره الأذربيجاني.</p></div>",
                NOW.minusSeconds(3 * 3600), NOW.minusSeconds(2 * 3600), "أحمد أنور", List.of("روسيا", "سياسة"),
                null, QAHERA, List.of(
                new AlsoReport(AHRAM, "بوتين وعلييف يبحثان العلاقات", "https://gate.ahram.org.eg/News/55.aspx"),
                new AlsoReport(YOUM7, "لقاء بوتين وعلييف \"اليوم\"", "https://www.youm7.com/story/2026/11/28/1&2")));
    }

    static EntryView storyWithoutAuthorWithImage() {
        return new EntryView("urn:rawafid:story:1b2c3d", "ارتفاع أسعار الذهب في السوق المصرية 'اليوم' <script>alert(1)</script>",
                "https://www.youm7.com/story/2026/11/28/gold", "سجلت أسعار الذهب ارتفاعاً جديداً.",
                "<div dir=\"rtl\" lang=\"ar\"><p>سجلت أسعار الذهب ارتفاعاً جديداً.</p></div>",
                NOW.minusSeconds(26 * 3600), null, null, List.of("اقتصاد"),
                "https://www.youm7.com/images/gold.jpg?w=800&h=600", YOUM7, List.of());
    }

    static EntryView storyWithLongUrlAndNoContent() {
        return new EntryView("urn:rawafid:story:9e8d7c", "الأرصاد: طقس معتدل نهاراً بارد ليلاً",
                "https://gate.ahram.org.eg/News/" + "a".repeat(180), "", "",
                NOW.minusSeconds(40), NOW.minusSeconds(40), null, List.of(), null, AHRAM, List.of());
    }

    static List<EntryView> entries() {
        return List.of(storyWithLongUrlAndNoContent(), storyFromThreeOutlets(), storyWithoutAuthorWithImage());
    }

    static FeedView feed(String hub, String cursor, String nextCursor) {
        return new FeedView("arabic-news", "أخبار عربية & دولية", "آخر الأخبار من مصادر عربية مختارة", "ar",
                "http://localhost:8080", NOW.minusSeconds(40), hub, cursor, nextCursor, entries());
    }

    /** The first page, with a hub and an older page after it. */
    static FeedView feed() {
        return feed("https://hub.example.org/", null, "djE");
    }

    /** An index page with a config error and one source of each kind of health. */
    static IndexView index() {
        List<FeedSummary> feeds = List.of(
                new FeedSummary("arabic-news", "أخبار عربية & دولية", "آخر الأخبار من مصادر عربية مختارة", 42,
                        NOW.minusSeconds(600)),
                new FeedSummary("economy", "اقتصاد", "", 0, null));
        List<SourceHealth> sources = List.of(
                new SourceHealth("alqahera", "القاهرة الإخبارية", "https://alqaheranews.net/rss.xml",
                        SourceHealth.Status.OK, NOW.minusSeconds(300), null, 120, NOW.plusSeconds(600),
                        null, "utf-8", "UTF-8", null),
                new SourceHealth("ahram", "الأهرام", "https://gate.ahram.org.eg/rss/all.xml",
                        SourceHealth.Status.FAILING, NOW.minusSeconds(7200),
                        "HTTP 503 <Service Unavailable> from https://gate.ahram.org.eg/rss/all.xml?x=" + "y".repeat(120),
                        15, NOW.plusSeconds(3600), null, "ISO-8859-1", "windows-1256", null),
                new SourceHealth("youm7", "اليوم السابع", "http://youm7.com/rss",
                        SourceHealth.Status.MOVED, NOW.minusSeconds(60), null, 8, NOW.plusSeconds(300),
                        "https://www.youm7.com/rss/SectionRss", null, null, null),
                new SourceHealth("old", "مصدر قديم <script>alert(1)</script>", "https://old.example/feed",
                        SourceHealth.Status.GONE, NOW.minusSeconds(86400 * 3), "HTTP 410 Gone", 0, null,
                        null, null, null, "أُزيل المصدر (410 Gone)"));
        return new IndexView(feeds, sources,
                "feeds.yml:14:7: sources[2].interval: \"5 minutes\" is not a duration (use 5m)", 3, NOW);
    }

    static final String STORY_KEY = "0123456789abcdef0123456789abcdef";

    /** A story page of two reports whose tolls differ, the first with a hostile title and a script link. */
    static StoryView storyPage() {
        List<StoryDifferences.Marked> marked = new StoryDifferences(new ArabicNormalizer()).mark(List.of(
                new StoryDifferences.Report("حريق في حلب <script>alert(1)</script> يخلف 3 قتلى", "قتل 3 أشخاص & أصيب آخرون"),
                new StoryDifferences.Report("حريق في حلب يخلف 4 قتلى", "قتل 4 أشخاص")));
        return new StoryView("urn:rawafid:story:" + STORY_KEY, "http://h", SampleFeeds.NOW, List.of(
                new StoryView.Report(SampleFeeds.QAHERA, SampleFeeds.NOW.minusSeconds(600), "javascript:alert(1)", true,
                        marked.get(0).title(), marked.get(0).lead()),
                new StoryView.Report(SampleFeeds.AHRAM, SampleFeeds.NOW, "https://gate.ahram.org.eg/News/9.aspx", false,
                        marked.get(1).title(), marked.get(1).lead())));
    }
}
