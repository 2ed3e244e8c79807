package org.rawafid.publish;

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
}
