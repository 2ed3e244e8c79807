package org.rawafid.publish;

import org.junit.jupiter.api.Test;

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
