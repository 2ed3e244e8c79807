package org.rawafid.dedupe;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test items: the labelled set in {@code dedupe/stories.csv} and rows inserted as the store would. */
final class StoryFixtures {
    record Labelled(String cluster, String source, String key, String link, Instant published, String title,
                    String lead) {
    }

    private StoryFixtures() {
    }

    static List<Labelled> labelled() {
        try (InputStream in = StoryFixtures.class.getResourceAsStream("/dedupe/stories.csv")) {
            CsvRecords records = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
            records.next();
            List<Labelled> out = new ArrayList<>();
            for (List<String> r = records.next(); r != null; r = records.next()) {
                out.add(new Labelled(r.get(0), r.get(1), r.get(2), r.get(3), Instant.parse(r.get(4)), r.get(5),
                        r.get(6)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts an item row the way the store does and returns the {@link NewItem} to assign. */
    static NewItem insert(JdbcClient jdbc, String source, String key, String link, Instant published, String title,
                          String lead) {
        long id = jdbc.sql("""
                        INSERT INTO item (source_id, item_key, guid, link, canonical_link, title, content_html, summary,
                                          categories, published_at, updated_at, first_seen_at, content_hash)
                        VALUES (:source, :key, :key, :link, :link, :title, :lead, :lead, '', :published, :published,
                                :published, 'h')
                        RETURNING id""")
                .param("source", source).param("key", key).param("link", link).param("title", title)
                .param("lead", lead).param("published", published.toEpochMilli())
                .query(Long.class).single();
        return new NewItem(id, source, key, link, title, lead, published);
    }
}
