package org.rawafid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CreditsTest {
    @Test
    void linksEveryOtherOutletSeparatedByTheArabicComma() {
        assertThat(Credits.footer(SampleFeeds.storyFromThreeOutlets())).isEqualTo(
                "<p dir=\"rtl\" lang=\"ar\">نشرته أيضاً: "
                        + "<a href=\"https://gate.ahram.org.eg/News/55.aspx\" title=\"بوتين وعلييف يبحثان العلاقات\">الأهرام</a>، "
                        + "<a href=\"https://www.youm7.com/story/2026/11/28/1&amp;2\" title=\"لقاء بوتين وعلييف &quot;اليوم&quot;\">"
                        + "اليوم السابع</a></p>");
    }

    @Test
    void saysHowManyOutletsCarriedItAndLinksTheStoryPage() {
        EntryView story = SampleFeeds.storyFromThreeOutlets();
        EntryView ranked = new EntryView(story.id(), story.title(), story.link(), story.summary(), story.contentHtml(),
                story.published(), story.updated(), story.author(), story.categories(), story.imageUrl(),
                story.outlet(), story.also(), "http://h/stories/0123456789abcdef0123456789abcdef.html", 3);

        assertThat(Credits.footer(ranked)).startsWith("<p dir=\"rtl\" lang=\"ar\">غطّته ٣ مصادر · نشرته أيضاً: ")
                .endsWith(" · <a href=\"http://h/stories/0123456789abcdef0123456789abcdef.html\">قارن التغطيات</a></p>");
    }

    @ParameterizedTest
    @CsvSource({"1,غطّاه مصدر واحد", "2,غطّاه مصدران", "3,غطّته ٣ مصادر", "10,غطّته ١٠ مصادر",
            "11,غطّاه ١١ مصدراً", "99,غطّاه ٩٩ مصدراً", "100,غطّاه ١٠٠ مصدر", "105,غطّته ١٠٥ مصادر"})
    void countsOutletsWithArabicNumberAgreement(int outlets, String phrase) {
        assertThat(CoverageCount.phrase(outlets)).isEqualTo(phrase);
    }

    @Test
    void addsNothingToAStoryFromOneOutlet() {
        EntryView single = SampleFeeds.storyWithoutAuthorWithImage();
        assertThat(Credits.contentWithFooter(single)).isEqualTo(single.contentHtml());
    }

    @Test
    void neverLinksAScriptUrlAndEscapesOutletNames() {
        Outlet odd = new Outlet("odd", "<b>مصدر</b>", null, "https://odd.example/rss");
        EntryView entry = new EntryView("urn:x", "t", "https://a.example/", "", "", SampleFeeds.NOW, null, null,
                List.of(), null, SampleFeeds.AHRAM, List.of(new AlsoReport(odd, "t", "javascript:alert(1)")));
        assertThat(Credits.footer(entry)).doesNotContain("javascript:", "<b>").contains("&lt;b&gt;مصدر&lt;/b&gt;");
    }
}
