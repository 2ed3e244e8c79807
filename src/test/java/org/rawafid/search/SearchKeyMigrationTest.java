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
 * Migration V12: a database indexed by V11's code (keys kept in {@code item_search}, some items
 * pruned) gives, after V12 and the catch-up at start, exactly the hits of a database indexed from
 * the start under keys computed from the items; it keeps V11's merge setting, and keeps giving
 * the same hits after twenty more small transactions merge its segments and after more pruning.
 */
class SearchKeyMigrationTest {
    private static final List<String> QUERIES = List.of("غزة", "لبنان", "مصر", "\"هدنة في غزة\"",
            "\"مباحثات في البحرين\"", "الحرية -البحرين", "انتخابات OR منتخب");

    @TempDir
    Path dir;

    @Test
    void migrationV12RebuildsTheIndexUnderKeysComputedFromTheItems() {
        Path file = dir.resolve("v11.db");
        JdbcClient jdbc = OlderSchema.migratedTo(file, "11");
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<Item> items = items(0, 40);
        List<Item> later = items(40, 80);
        try (Database fresh = Database.open(dir.resolve("fresh.db"))) {
            IndexWriter freshWriter = new IndexWriter(new SearchRepository(fresh), normalizer);
            ItemRepository freshItems = new ItemRepository(fresh.jdbc(), freshWriter);
            assertThat(automerge(fresh.jdbc())).isEqualTo("16");
            List<Long> pruned = new java.util.ArrayList<>();
            for (int i = 0; i < items.size(); i++) { // as V11's code stored them, one autocommitted statement at a time
                long id = OlderSchema.store(jdbc, items.get(i), freshWriter.entry(items.get(i)).terms());
                assertThat(freshItems.insert(items.get(i), OlderSchema.T0).orElseThrow()).isEqualTo(id);
                if (i % 7 == 3) {
                    pruned.add(id);
                }
            }
            pruned.forEach(id -> { // pruned at V11 (its cascade and trigger) and on the fresh database
                jdbc.sql("DELETE FROM item WHERE id = ?").param(id).update();
                fresh.jdbc().sql("DELETE FROM item WHERE id = ?").param(id).update();
            });
            assertThat(automerge(jdbc)).isEqualTo("16");
            try (Database migrated = Database.open(file)) {
                assertThat(migrated.jdbc().sql("SELECT count(*) FROM sqlite_master WHERE name = 'item_search'")
                        .query(Long.class).single()).isZero();
                assertThat(automerge(migrated.jdbc())).isEqualTo("16");
                IndexWriter writer = new IndexWriter(new SearchRepository(migrated), normalizer);
                WriteTransactions tx = new WriteTransactions(migrated);
                assertThat(writer.catchUp(tx)).isEqualTo(items.size() - pruned.size()); // rebuilt
                OlderSchema.assertSameHits(fresh, migrated, normalizer, QUERIES, 200);

                ItemRepository migratedItems = new ItemRepository(migrated.jdbc(), writer);
                for (int at = 0; at < later.size(); at += 2) { // 20 more segments: merged at 16
                    List<Item> two = later.subList(at, at + 2);
                    tx.write(() -> {
                        two.forEach(item -> migratedItems.insert(item, OlderSchema.T0).orElseThrow());
                        return null;
                    });
                    two.forEach(item -> freshItems.insert(item, OlderSchema.T0).orElseThrow());
                }
                migrated.jdbc().sql("INSERT INTO item_terms (item_terms) VALUES ('integrity-check')").update();
                OlderSchema.assertSameHits(fresh, migrated, normalizer, QUERIES, 200);

                for (Database db : List.of(fresh, migrated)) { // pruned after V12: the trigger on item
                    db.jdbc().sql("DELETE FROM item WHERE id % 5 = 0").update();
                }
                migrated.jdbc().sql("INSERT INTO item_terms (item_terms) VALUES ('integrity-check')").update();
                OlderSchema.assertSameHits(fresh, migrated, normalizer, QUERIES, 200);
                assertThat(new SearchRepository(migrated).indexedCount()).isEqualTo(
                        migrated.jdbc().sql("SELECT count(*) FROM item").query(Long.class).single());
            }
        }
    }

    private static String automerge(JdbcClient jdbc) {
        return jdbc.sql("SELECT v FROM item_terms_config WHERE k = 'automerge'").query(String.class).optional().orElse(null);
    }

    /** Two labelled titles in each item, so the queries have hits spread over the segments. */
    private static List<Item> items(int from, int to) {
        String[] t = OlderSchema.TITLES;
        return OlderSchema.items(from, to, i -> t[i % t.length] + " " + t[(i / t.length) % t.length]);
    }
}
