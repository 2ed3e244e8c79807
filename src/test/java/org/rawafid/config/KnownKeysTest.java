package org.rawafid.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Keeps feeds.schema.json (what editors validate) and the loader (what the service enforces) in agreement. */
class KnownKeysTest {
    private static final JsonNode SCHEMA = read();

    @Test
    void topLevelKeysAreTheSameInSchemaAndLoader() {
        assertThat(keys(SCHEMA.get("properties"))).containsExactlyInAnyOrderElementsOf(KnownKeys.TOP);
    }

    @Test
    void everySectionHasTheSameKeysInSchemaAndLoader() {
        KnownKeys.BY_SCHEMA_DEF.forEach((def, known) -> assertThat(keys(SCHEMA.at("/$defs/" + def + "/properties")))
                .as("$defs/%s", def).containsExactlyInAnyOrderElementsOf(known));
    }

    @Test
    void everySchemaObjectRejectsUnknownKeysLikeTheLoader() {
        List<String> open = new ArrayList<>();
        collectOpenObjects(SCHEMA, "#", open);

        assertThat(open).isEmpty();
        assertThat(SCHEMA.at("/$defs").size()).isGreaterThan(KnownKeys.BY_SCHEMA_DEF.size());
    }

    @Test
    void valueShapesMatchTheLoadersPatterns() {
        assertThat(SCHEMA.at("/$defs/id/pattern").asText()).isEqualTo(KnownKeys.ID_REGEX);
        assertThat(SCHEMA.at("/$defs/duration/pattern").asText()).isEqualTo(KnownKeys.DURATION_REGEX);
        assertThat(SCHEMA.at("/$defs/size/anyOf/1/pattern").asText()).isEqualTo(KnownKeys.SIZE_REGEX);
        assertThat(SCHEMA.at("/$defs/source/properties/language/pattern").asText()).isEqualTo(KnownKeys.LANGUAGE_REGEX);
    }

    @Test
    void dedupeModesMatchTheEnum() {
        List<String> modes = Arrays.stream(Feed.Dedupe.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList();

        assertThat(keysOf(SCHEMA.at("/$defs/feed/properties/dedupe/enum"))).containsExactlyElementsOf(modes);
    }

    @Test
    void requiredKeysMatchWhatTheLoaderRequires() {
        assertThat(keysOf(SCHEMA.at("/$defs/source/required"))).containsExactly("id", "url");
        assertThat(keysOf(SCHEMA.at("/$defs/feed/required"))).containsExactly("id", "title");
    }

    private static void collectOpenObjects(JsonNode node, String at, List<String> open) {
        if (node.isObject()) {
            if ("object".equals(node.path("type").asText()) && !node.path("additionalProperties").isBoolean()) {
                open.add(at);
            }
            node.fields().forEachRemaining(e -> collectOpenObjects(e.getValue(), at + "/" + e.getKey(), open));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOpenObjects(node.get(i), at + "/" + i, open);
            }
        }
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> keysOf(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("feeds.schema.json").toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("feeds.schema.json must be readable from the project root", e);
        }
    }
}
