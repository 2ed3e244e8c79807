package org.rawafid.search;

import org.junit.jupiter.api.Test;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.model.StoredItem;
import org.rawafid.store.BackendTest;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.TransactionScoped;
import org.rawafid.store.WriteTransactions;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexWriterTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void migrationIndexesADatabaseThatHadItemsBeforeSearchExisted() {
        java.nio.file.Path file = dir.resolve("old.db");
        var before = OlderSchema.migratedTo(file, "2");
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
    void anIndexBuiltBeforeMigrationV7IsInPublicationOrderAfterTheLaterMigrations() {
        java.nio.file.Path file = dir.resolve("v6.db");
        var jdbc = OlderSchema.migratedTo(file, "6");
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
            // Migration V9 changed the tokenizer: the index is rebuilt from the items.
            assertThat(new IndexWriter(new SearchRepository(db), normalizer).catchUp(new WriteTransactions(db)))
                    .isEqualTo(30);
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
    void migrationV9RebuildsAnIndexBuiltAtV8ToTheSameHitsAsAFreshOne() {
        java.nio.file.Path file = dir.resolve("v8.db");
        var jdbc = OlderSchema.migratedTo(file, "8");
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<Item> items = v8Items();
        java.util.Set<Long> pruned = new java.util.HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            long id = insertBeforeV8(jdbc, item);
            // As version 8 stored the terms: through the item_index view, unicode61 tokens.
            jdbc.sql("INSERT INTO item_index (item_id, terms) VALUES (?, ?)").params(id, String.join(" ",
                    normalizer.searchTerms(item.title() + "\n" + item.summary()))).update();
            if (i % 10 == 3) {
                pruned.add(id);
            }
        }
        pruned.forEach(id -> jdbc.sql("DELETE FROM item WHERE id = ?").param(id).update()); // pruned at V8
        assertThat(jdbc.sql("SELECT count(*) FROM item_search").query(Long.class).single())
                .isEqualTo(items.size() - pruned.size());
        List<String> queries = List.of("الرئيس", "\"وزير الخارجيه\"", "القاهره OR بيروت", "غزه -هدنه", "2024",
                "\"مجلس الامن\" الدولي", "للرئيس", "zeta");
        try (Database fresh = Database.open(dir.resolve("fresh.db")); Database migrated = Database.open(file)) {
            ItemRepository freshItems = new ItemRepository(fresh.jdbc(),
                    new IndexWriter(new SearchRepository(fresh), normalizer));
            WriteTransactions freshTx = new WriteTransactions(fresh);
            freshTx.write(() -> {
                items.forEach(item -> freshItems.insert(item, T0).orElseThrow());
                pruned.forEach(id -> fresh.jdbc().sql("DELETE FROM item WHERE id = ?").param(id).update());
                return null;
            });
            IndexWriter writer = new IndexWriter(new SearchRepository(migrated), normalizer);
            assertThat(writer.catchUp(new WriteTransactions(migrated))).isEqualTo(items.size() - pruned.size());
            assertThat(writer.catchUp(new WriteTransactions(migrated))).isZero();
            QueryParser parser = new QueryParser(normalizer);
            for (String q : queries) {
                List<Long> expected = new QueryRunner(new SearchRepository(fresh, 7)).hits(new QueryRunner.Page(
                        parser.parse(q), List.of("a", "b"), null, null, 0, 1_000, false)).stream()
                        .map(StoredItem::id).toList();
                assertThat(expected).as(q).isNotEmpty().doesNotContainAnyElementsOf(pruned);
                assertThat(new QueryRunner(new SearchRepository(migrated, 7)).hits(new QueryRunner.Page(
                        parser.parse(q), List.of("a", "b"), null, null, 0, 1_000, false)))
                        .as(q).extracting(StoredItem::id).isEqualTo(expected);
            }
            assertThat(new SearchRepository(migrated).indexedCount()).isEqualTo(items.size() - pruned.size());
        }
    }

    /** 200 items of two sources, several to a second, texts from a few headlines (in title and summary). */
    private static List<Item> v8Items() {
        String[] titles = {"الرئيس يزور القاهرة", "وزير الخارجية في بيروت", "هدنة في غزة", "غزة تحت القصف",
                "مجلس الأمن الدولي يجتمع", "للرئيس كلمة في 2024", "Zeta launches a rocket", "أمطار غزيرة"};
        List<Item> out = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String title = titles[i % titles.length] + " " + (i % 3 == 0 ? titles[(i / 3) % titles.length] : "");
            Instant at = T0.plusSeconds(i / 4);
            out.add(new Item(i % 2 == 0 ? "a" : "b", "k" + i, null, "https://x.example/" + i, "x.example/" + i,
                    title, "<p>" + title + "</p>", title, null, null, List.of(), at, at));
        }
        return out;
    }

    @Test
    void termsWrittenAtCommitFollowSavepointsRollbacksAndRewritesInsideTheTransaction() {
        Database db = database().db();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        SearchRepository repository = new SearchRepository(db);
        ItemRepository items = new ItemRepository(db.jdbc(), new IndexWriter(repository, normalizer));
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(db.dataSource()));
        long[] ids = new long[3];
        tx.executeWithoutResult(status -> {
            ids[0] = items.insert(item("x", "alpha one", 0), T0).orElseThrow();
            rolledBack(status, () -> { // as WriteTransactions does for a piece of work that threw
                items.update(ids[0], item("x", "beta", 0));
                ids[1] = items.insert(item("y", "gamma", 0), T0).orElseThrow();
            });
            ids[2] = items.insert(item("z", "delta", 0), T0).orElseThrow(); // SQLite reuses y's id
            TransactionScoped.inSavepoint(status, () -> {
                items.update(ids[2], item("z", "delta epsilon", 0));
                return null;
            });
        });
        QueryRunner runner = new QueryRunner(repository);
        QueryParser parser = new QueryParser(normalizer);
        java.util.function.Function<String, List<Long>> hits = q -> runner.hits(new QueryRunner.Page(parser.parse(q),
                List.of("s"), null, null, 0, 100, false)).stream().map(StoredItem::id).toList();
        assertThat(hits.apply("alpha")).containsExactly(ids[0]);
        assertThat(hits.apply("beta")).isEmpty();
        assertThat(hits.apply("gamma")).isEmpty();
        assertThat(hits.apply("\"delta epsilon\"")).containsExactly(ids[2]);
        assertThat(repository.indexedCount()).isEqualTo(2);

        // Rewritten twice in one transaction, in the same millisecond: the last text counts.
        tx.executeWithoutResult(status -> {
            items.update(ids[0], item("x", "zeta", 0));
            items.update(ids[0], item("x", "eta", 0));
        });
        assertThat(hits.apply("eta")).containsExactly(ids[0]);
        assertThat(hits.apply("zeta")).isEmpty();
        assertThat(hits.apply("alpha")).isEmpty();
        // A whole transaction rolled back leaves the index as it was.
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            items.update(ids[0], item("x", "theta", 0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(hits.apply("eta")).containsExactly(ids[0]);
        assertThat(hits.apply("theta")).isEmpty();
        // Outside a transaction each statement commits: the terms go in at once.
        long w = items.insert(item("w", "iota", 1), T0).orElseThrow();
        assertThat(hits.apply("iota")).containsExactly(w);
    }

    @Test
    void keysComputedFromTheItemFollowItsDateItsRewritesAndItsRemoval() {
        Database db = database().db();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        SearchRepository repository = new SearchRepository(db, 2);
        ItemRepository items = new ItemRepository(db.jdbc(), new IndexWriter(repository, normalizer));
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(db.dataSource()));
        QueryRunner runner = new QueryRunner(repository);
        QueryParser parser = new QueryParser(normalizer);
        java.util.function.Function<String, List<Long>> hits = q -> runner.hits(new QueryRunner.Page(parser.parse(q),
                List.of("s"), null, null, 0, 100, false)).stream().map(StoredItem::id).toList();
        long a = items.insert(item("a", "alpha kappa", 0), T0).orElseThrow();
        long b = items.insert(item("b", "beta kappa", 30), T0).orElseThrow();
        // Before 1970 and after the keys' last minute (2225): clamped keys, exact order by date.
        long old = items.insert(item("old", "gamma kappa", Instant.parse("1960-01-01T00:00:00Z")), T0).orElseThrow();
        long far = items.insert(item("far", "delta kappa", Instant.parse("2300-01-01T00:00:00Z")), T0).orElseThrow();
        assertThat(hits.apply("kappa")).containsExactly(far, b, a, old);

        items.update(a, item("a", "epsilon kappa", 45)); // the same minute: the new terms replace the old
        items.update(b, item("b", "zeta kappa", 3_600)); // another minute: the old key's terms go
        assertThat(hits.apply("alpha")).isEmpty();
        assertThat(hits.apply("beta")).isEmpty();
        assertThat(hits.apply("epsilon")).containsExactly(a);
        assertThat(hits.apply("zeta")).containsExactly(b);
        assertThat(hits.apply("kappa")).containsExactly(far, b, a, old);

        // Rewritten twice in one transaction, the second rolled back to its savepoint: the first counts.
        tx.executeWithoutResult(status -> {
            items.update(b, item("b", "eta kappa", 7_200));
            rolledBack(status, () -> items.update(b, item("b", "theta kappa", 60)));
        });
        assertThat(hits.apply("eta")).containsExactly(b);
        assertThat(hits.apply("theta")).isEmpty();
        assertThat(hits.apply("zeta")).isEmpty();
        // A re-dating rolled back keeps the item's terms under its old key.
        tx.executeWithoutResult(status -> rolledBack(status, () -> items.update(b, item("b", "iota kappa", 0))));
        assertThat(hits.apply("eta")).containsExactly(b);
        assertThat(hits.apply("iota")).isEmpty();
        // Text the database stores differently (a lone surrogate comes back as '?') is indexed all the same.
        long odd = tx.execute(status -> items.insert(item("odd", "mu\uD800 kappa", 90), T0).orElseThrow());
        assertThat(hits.apply("mu")).containsExactly(odd);
        db.jdbc().sql("DELETE FROM item WHERE id = ?").param(odd).update();

        db.jdbc().sql("DELETE FROM item WHERE id IN (?, ?)").params(old, b).update(); // pruned: the trigger on item
        assertThat(hits.apply("kappa")).containsExactly(far, a);
        assertThat(repository.indexedCount()).isEqualTo(2);
        db.jdbc().sql("INSERT INTO item_terms (item_terms) VALUES ('integrity-check')").update();
        assertThatThrownBy(() -> repository.put(1L << 36, "lambda"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not fit the index's keys");
    }

    /** Runs {@code body} in a savepoint that is then rolled back, as group commit does for a piece of work that threw. */
    private static void rolledBack(org.springframework.transaction.TransactionStatus status, Runnable body) {
        assertThatThrownBy(() -> TransactionScoped.inSavepoint(status, () -> {
            body.run();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
    }

    private static Item item(String key, String title, Instant at) {
        return new Item("s", key, null, "https://s.example/" + key, "s.example/" + key, title, "<p>" + title + "</p>",
                title, null, null, List.of(), at, at);
    }

    private static Item item(String key, String title, int second) {
        Instant at = T0.plusSeconds(second);
        return new Item("s", key, null, "https://s.example/" + key, "s.example/" + key, title, "<p>" + title + "</p>",
                title, null, null, List.of(), at, at);
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
