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
 * Migration V11: FTS5 merges segments sixteen at a time instead of four. An index written before
 * it (one segment per item here: each written in a transaction of its own) is kept as it is, not
 * rebuilt, and gives exactly the hits of a database indexed from the start, before and after many
 * more small transactions merge its segments under the new setting.
 */
class SearchMergeSettingMigrationTest {
    private static final List<String> QUERIES = List.of("غزة", "لبنان", "مصر", "\"هدنة في غزة\"",
            "\"مباحثات في البحرين\"", "الحرية -البحرين", "انتخابات OR منتخب");

    @TempDir
    Path dir;

    @Test
    void migrationV11KeepsTheIndexAndOnlyChangesHowItsSegmentsMerge() {
        Path file = dir.resolve("v10.db");
        JdbcClient jdbc = OlderSchema.migratedTo(file, "10");
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<Item> items = items(0, 40);
        List<Item> later = items(40, 80);
        try (Database fresh = Database.open(dir.resolve("fresh.db"))) {
            IndexWriter freshWriter = new IndexWriter(new SearchRepository(fresh), normalizer);
            ItemRepository freshItems = new ItemRepository(fresh.jdbc(), freshWriter);
            assertThat(automerge(fresh.jdbc())).isEqualTo("16");
            items.forEach(item -> freshItems.insert(item, OlderSchema.T0).orElseThrow());
            for (Item item : items) { // as V10's code stored it, one autocommitted statement at a time
                OlderSchema.store(jdbc, item, freshWriter.entry(item).terms());
            }
            assertThat(automerge(jdbc)).isNull(); // FTS5's default, 4
            try (Database migrated = Database.open(file)) {
                assertThat(automerge(migrated.jdbc())).isEqualTo("16");
                IndexWriter writer = new IndexWriter(new SearchRepository(migrated), normalizer);
                WriteTransactions tx = new WriteTransactions(migrated);
                assertThat(writer.catchUp(tx)).isZero(); // nothing rebuilt
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
