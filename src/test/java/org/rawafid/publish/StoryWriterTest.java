package org.rawafid.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryWriterTest {
    private static final String KEY = SampleFeeds.STORY_KEY;
    private final StoryWriter writer = new StoryWriter();

    @Test
    void theHtmlPageIsArabicRightToLeftWithoutScriptsAndMarksTheFirstAndTheDifferences() {
        String html = new String(writer.render(SampleFeeds.storyPage(), Format.HTML), StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "غطّاه مصدران", "تقريران",
                "<mark>3</mark>", "<mark>4</mark>", "&lt;script&gt;", "&amp; <mark>أصيب</mark>",
                "<a href=\"https://gate.ahram.org.eg/News/9.aspx\">",
                "href=\"http://h/stories/" + KEY + ".json\"")
                .doesNotContain("<script", "javascript:", "<mark>حلب</mark>", "<mark>حريق</mark>");
        assertThat(html.indexOf("class=\"report first\"")).isLessThan(html.indexOf("الأهرام"))
                .isLessThan(html.indexOf("أول من نشر") + 1);
    }

    @Test
    void theJsonCarriesTheSameReportsWithTheirDifferences() throws Exception {
        JsonNode json = new ObjectMapper().readTree(writer.render(SampleFeeds.storyPage(), Format.JSON));

        assertThat(json.get("id").asText()).isEqualTo("urn:rawafid:story:" + KEY);
        assertThat(json.get("key").asText()).isEqualTo(KEY);
        assertThat(json.get("url").asText()).isEqualTo("http://h/stories/" + KEY + ".html");
        assertThat(json.get("outlets").asInt()).isEqualTo(2);
        JsonNode first = json.get("reports").get(0);
        assertThat(first.get("outlet").get("title").asText()).isEqualTo("القاهرة الإخبارية");
        assertThat(first.get("first").asBoolean()).isTrue();
        assertThat(first.get("title").asText()).isEqualTo("حريق في حلب <script>alert(1)</script> يخلف 3 قتلى");
        assertThat(first.get("differs").toString()).contains("\"3\"").doesNotContain("حلب");
        assertThat(json.get("reports").get(1).get("first").asBoolean()).isFalse();
        assertThat(json.get("reports").get(1).get("published").asText()).isEqualTo("2026-11-28T21:00:00Z");
    }

    @Test
    void storiesAreServedOnlyAsHtmlOrJson() {
        assertThatThrownBy(() -> writer.render(SampleFeeds.storyPage(), Format.RSS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storyKeysAreExactly32LowerCaseHexDigits() {
        assertThat(StoryKey.guidOf(KEY)).contains("urn:rawafid:story:" + KEY);
        assertThat(StoryKey.ofGuid("urn:rawafid:story:" + KEY)).contains(KEY);
        for (String bad : new String[]{KEY.toUpperCase(), KEY.substring(1), KEY + "0", "../../etc/passwd", "", null}) {
            assertThat(StoryKey.guidOf(bad)).as(String.valueOf(bad)).isEmpty();
        }
        assertThat(StoryKey.ofGuid("urn:other:" + KEY)).isEmpty();
    }
}
