package org.rawafid.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code query:} in feeds.yml goes through the search's own parser (SPEC §2, §4a). */
class QueryConfigTest {
    @TempDir
    Path dir;

    private Config load(String query) throws Exception {
        Path file = dir.resolve("feeds.yml");
        Files.writeString(file, """
                sources:
                  - id: a
                    url: https://a.example/rss
                feeds:
                  - id: watch
                    title: متابعة
                    query: %s
                """.formatted(query));
        return new ConfigLoader().load(file);
    }

    @Test
    void acceptsAValidSavedSearchOverEverySource() throws Exception {
        Config config = load("'\"إلهام علييف\" OR بوتين -رياضة'");
        Feed feed = config.feed("watch").orElseThrow();
        assertThat(feed.query()).isEqualTo("\"إلهام علييف\" OR بوتين -رياضة");
        assertThat(config.sourcesOf(feed)).extracting(Source::id).containsExactly("a");
    }

    @Test
    void reportsBadQuerySyntaxAtFileLineAndColumn() {
        assertThatThrownBy(() -> load("'\"غزة OR'")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("feeds.yml:7:12: feeds[0].query: ")
                .hasMessageContaining("unterminated phrase");
        assertThatThrownBy(() -> load("'غزة OR'")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("feeds.yml:7:12: feeds[0].query: ")
                .hasMessageContaining("OR needs a word or phrase on each side");
    }
}
