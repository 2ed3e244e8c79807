package org.rawafid.search;

import org.junit.jupiter.api.Test;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.model.StoredItem;
import org.rawafid.store.BackendTest;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.WriteTransactions;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexWriterTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void migrationIndexesADatabaseThatHadItemsBeforeSearchExisted() {
        java.nio.file.Path file = dir.resolve("old.db");
        org.sqlite.SQLiteDataSource old = new org.sqlite.SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(old)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("2").load().migrate();
        var before = org.springframework.jdbc.core.simple.JdbcClient.create(old);
        for (int i = 0; i < 700; i++) {
            String title = i % 7 == 0 ? "وزير الخارجية يزور القاهرة " + i : "أمطار غزيرة " + i;
            insertBeforeV8(before, new Item("old", "k" + i, null, "https://old.example/" + i, "old.example/" + i, title,
                    "<p>" + title + "</p>", title, null, null, List.of(), T0.plusSeconds(i), T0.plusSeconds(i)));
        }
        try (Database db = Database.open(file)) {
            ArabicNormalizer normalizer = new ArabicNormalizer();
            SearchRepository repository = new SearchRepository(db);
            IndexWriter writer = new IndexWriter(repository, normalizer);
            assertThat(writer.catchUp(new WriteTransactions(db))).isEqualTo(700);
            assertThat(writer.catchUp(new WriteTransactions(db))).isZero();
            assertThat(new QueryRunner(repository).hits(new QueryRunner.Page(new QueryParser(normalizer)
                    .parse("\"وزير الخارجيه\""), List.of("old"), null, null, 0, 1_000, false))).hasSize(100);
        }
    }

    @Test
    void migrationV7KeepsAnIndexBuiltBeforeItInPublicationOrder() {
        java.nio.file.Path file = dir.resolve("v6.db");
        org.sqlite.SQLiteDataSource old = new org.sqlite.SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        old.setEnforceForeignKeys(true);
        org.flywaydb.core.Flyway.configure().dataSource(old)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("6").load().migrate();
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(old);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Ids against time: the last stored is the oldest; three items to a millisecond.
            Instant at = T0.minusSeconds(i / 3);
            long id = insertBeforeV8(jdbc, new Item("old", "k" + i, null, "https://old.example/" + i,
                    "old.example/" + i, "خبر " + i, "<p>خبر</p>", "خبر", null, null, List.of(), at, at));
            // As version 6's IndexWriter stored the terms (its triggers fill item_fts).
            jdbc.sql("INSERT INTO item_text (item_id, terms) VALUES (?, ?)").params(id, "خبر " + i).update();
            ids.add(id);
        }
        try (Database db = Database.open(file)) {
            ArabicNormalizer normalizer = new ArabicNormalizer();
            QueryRunner runner = new QueryRunner(new SearchRepository(db, 4));
            List<Long> expected = new java.util.ArrayList<>();
            for (int g = 0; g < 10; g++) {
                expected.addAll(List.of(ids.get(3 * g + 2), ids.get(3 * g + 1), ids.get(3 * g)));
            }
            assertThat(runner.hits(new QueryRunner.Page(new QueryParser(normalizer).parse("خبر"), List.of("old"), null,
                    null, 0, 100, false))).extracting(StoredItem::id).isEqualTo(expected);
            db.jdbc().sql("DELETE FROM item WHERE id = ?").param(ids.get(0)).update();
            expected.remove(ids.get(0));
            assertThat(runner.hits(new QueryRunner.Page(new QueryParser(normalizer).parse("خبر"), List.of("old"), null,
                    null, 0, 100, false))).extracting(StoredItem::id).isEqualTo(expected);
            assertThat(new SearchRepository(db).indexedCount()).isEqualTo(29);
        }
    }

    @Test
    void catchUpIndexesItemsStoredBeforeTheIndexExisted() {
        Database db = database().db();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        SearchRepository repository = new SearchRepository(db);
        // Stored without an index, as by a version before migration V5.
        ItemRepository unindexed = new ItemRepository(db.jdbc());
        for (int i = 0; i < 1_203; i++) {
            String title = i % 2 == 0 ? "الرئيس يزور القاهرة " + i : "هدنة في غزة " + i;
            unindexed.insert(new Item("old", "k" + i, null, "https://old.example/" + i, "old.example/" + i, title,
                    "<p>" + title + "</p>", title, null, null, List.of(), T0.plusSeconds(i), T0.plusSeconds(i)), T0);
        }
        // As migration V5 records them when it finds items already stored.
        db.jdbc().sql("UPDATE search_backlog SET next_id = (SELECT min(id) FROM item), last_id = (SELECT max(id) FROM item)")
                .update();
        QueryRunner runner = new QueryRunner(repository);
        QueryParser parser = new QueryParser(normalizer);
        assertThat(runner.hits(new QueryRunner.Page(parser.parse("القاهره"), List.of("old"), null, null, 0, 10, false)))
                .isEmpty();

        IndexWriter writer = new IndexWriter(repository, normalizer);
        assertThat(writer.catchUp(new WriteTransactions(db))).isEqualTo(1_203);
        assertThat(writer.catchUp(new WriteTransactions(db))).isZero();

        assertThat(runner.hits(new QueryRunner.Page(parser.parse("القاهره"), List.of("old"), null, null, 0, 1_000,
                false))).hasSize(602);
        assertThat(runner.hits(new QueryRunner.Page(parser.parse("غزه -الرئيس"), List.of("old"), null, null, 0, 1_000,
                false))).hasSize(601);
    }

    /** Stores an item as a database before migration V8 (no story columns) held it; returns its id. */
    private static long insertBeforeV8(org.springframework.jdbc.core.simple.JdbcClient jdbc, Item item) {
        return jdbc.sql("INSERT INTO item (source_id, item_key, guid, link, canonical_link, title, content_html, summary,"
                        + " categories, published_at, updated_at, first_seen_at, content_hash)"
                        + " VALUES (?,?,?,?,?,?,?,?,'',?,?,?,'h') RETURNING id")
                .params(item.sourceId(), item.itemKey(), item.guid(), item.link(), item.canonicalLink(), item.title(),
                        item.contentHtml(), item.summary(), item.published().toEpochMilli(),
                        item.updated().toEpochMilli(), T0.toEpochMilli())
                .query(Long.class).single();
    }
}
