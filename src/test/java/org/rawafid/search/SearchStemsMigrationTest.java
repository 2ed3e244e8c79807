package org.rawafid.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.WriteTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V10: an index whose terms were made by the search stemmer before it (here: dedupe's
 * one-round stems, which cut غزة to two letters and keep the clitic of بغزة) is rebuilt from
 * the items at the next start, to exactly the hits of a database indexed from the start.
 */
class SearchStemsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void migrationV10RebuildsTheTermsOfEveryStoredItem() {
        Path file = dir.resolve("v9.db");
        JdbcClient jdbc = OlderSchema.migratedTo(file, "9");
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<Item> items = OlderSchema.items(0, OlderSchema.TITLES.length * 3,
                i -> OlderSchema.TITLES[i % OlderSchema.TITLES.length]);
        for (Item item : items) {
            OlderSchema.store(jdbc, item, String.join(" ", normalizer.tokens(item.title()))); // stale terms
        }
        jdbc.sql("UPDATE search_backlog SET next_id = 1, last_id = 0").update(); // V9's backlog was done
        try (Database fresh = Database.open(dir.resolve("fresh.db")); Database migrated = Database.open(file)) {
            ItemRepository freshItems = new ItemRepository(fresh.jdbc(), new IndexWriter(new SearchRepository(fresh), normalizer));
            items.forEach(item -> freshItems.insert(item, OlderSchema.T0).orElseThrow());
            IndexWriter writer = new IndexWriter(new SearchRepository(migrated), normalizer);
            assertThat(writer.catchUp(new WriteTransactions(migrated))).isEqualTo(items.size());
            OlderSchema.assertSameHits(fresh, migrated, normalizer,
                    List.of("غزة", "بغزة", "لبنان", "بن", "مصر", "\"هدنة في غزة\"", "الحرية -البحرين"), 100);
        }
    }
}
