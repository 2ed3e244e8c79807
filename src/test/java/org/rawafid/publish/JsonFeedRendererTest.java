package org.rawafid.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFeedRendererTest {
    private final JsonNode feed = read(new JsonFeedRenderer().render(SampleFeeds.feed()));

    @Test
    void isJsonFeed11WithTheRequiredTopLevelFields() {
        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asText()).isEqualTo("أخبار عربية & دولية");
        assertThat(feed.path("language").asText()).isEqualTo("ar");
        assertThat(feed.path("home_page_url").asText()).isEqualTo("http://localhost:8080/feeds/arabic-news.html");
        assertThat(feed.path("feed_url").asText()).isEqualTo("http://localhost:8080/feeds/arabic-news.json");
        assertThat(feed.path("hubs").get(0).path("type").asText()).isEqualTo("WebSub");
        assertThat(feed.path("hubs").get(0).path("url").asText()).isEqualTo("https://hub.example.org/");
    }

    @Test
    void linksTheNextPageOnlyWhenThereIsOne() {
        assertThat(feed.path("next_url").asText()).isEqualTo("http://localhost:8080/feeds/arabic-news.json?before=djE");
        JsonNode last = read(new JsonFeedRenderer().render(SampleFeeds.feed(null, "abc", null)));
        assertThat(last.has("next_url")).isFalse();
        assertThat(last.has("hubs")).isFalse();
        assertThat(last.path("feed_url").asText()).endsWith(".json?before=abc");
    }

    @Test
    void everyItemHasIdAndContentAndRfc3339Dates() {
        assertThat(feed.path("items")).hasSize(3).allSatisfy(item -> {
            assertThat(item.path("id").asText()).startsWith("urn:rawafid:story:");
            assertThat(item.has("content_html") || item.has("content_text")).isTrue();
            Instant.parse(item.path("date_published").asText());
            Instant.parse(item.path("date_modified").asText());
            assertThat(item.path("_rawafid").path("source").path("id").asText()).isNotEmpty();
        });
    }

    @Test
    void creditsOutletsInTheRawafidExtension() {
        JsonNode story = feed.path("items").get(1);
        assertThat(story.path("authors").get(0).path("name").asText()).isEqualTo("أحمد أنور");
        assertThat(story.path("_rawafid").path("source").path("title").asText()).isEqualTo("القاهرة الإخبارية");
        JsonNode also = story.path("_rawafid").path("also");
        assertThat(also).hasSize(2);
        assertThat(also.get(1).path("source").path("id").asText()).isEqualTo("youm7");
        assertThat(also.get(1).path("url").asText()).isEqualTo("https://www.youm7.com/story/2026/11/28/1&2");
        assertThat(story.path("content_html").asText()).contains("نشرته أيضاً");
        assertThat(story.path("tags").get(0).asText()).isEqualTo("روسيا");
    }

    @Test
    void givesTheLeadImageAndCreditsTheOutletWithoutByline() {
        JsonNode gold = feed.path("items").get(2);
        assertThat(gold.path("image").asText()).isEqualTo("https://www.youm7.com/images/gold.jpg?w=800&h=600");
        assertThat(gold.path("authors").get(0).path("name").asText()).isEqualTo("اليوم السابع");
        assertThat(feed.path("items").get(1).has("image")).isFalse();
    }

    private static JsonNode read(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
