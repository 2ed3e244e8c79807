package org.rawafid.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.model.StoredItem;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.WriteTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V11: FTS5 merges segments sixteen at a time instead of four. An index written before
 * it (one segment per item here: each written in a transaction of its own) is kept as it is, not
 * rebuilt, and gives exactly the hits of a database indexed from the start, before and after many
 * more small transactions merge its segments under the new setting.
 */
class SearchMergeSettingMigrationTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final List<String> QUERIES = List.of("غزة", "لبنان", "مصر", "\"هدنة في غزة\"",
            "\"مباحثات في البحرين\"", "الحرية -البحرين", "انتخابات OR منتخب");

    @TempDir
    Path dir;

    @Test
    void migrationV11KeepsTheIndexAndOnlyChangesHowItsSegmentsMerge() {
        Path file = dir.resolve("v10.db");
        org.sqlite.SQLiteDataSource old = new org.sqlite.SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        old.setEnforceForeignKeys(true);
        org.flywaydb.core.Flyway.configure().dataSource(old)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("10").load().migrate();
        JdbcClient jdbc = JdbcClient.create(old);
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<Item> items = items(0, 40);
        List<Item> later = items(40, 80);
        try (Database fresh = Database.open(dir.resolve("fresh.db"))) {
            IndexWriter freshWriter = new IndexWriter(new SearchRepository(fresh), normalizer);
            ItemRepository freshItems = new ItemRepository(fresh.jdbc(), freshWriter);
            assertThat(automerge(fresh.jdbc())).isEqualTo("16");
            items.forEach(item -> freshItems.insert(item, T0).orElseThrow());
            for (Item item : items) { // as V10's code stored it, one autocommitted statement at a time
                long id = jdbc.sql("INSERT INTO item (source_id, item_key, link, canonical_link, title, content_html, summary,"
                                + " categories, published_at, updated_at, first_seen_at, content_hash)"
                                + " VALUES (?,?,?,?,?,?,?,'',?,?,?,'h') RETURNING id")
                        .params(item.sourceId(), item.itemKey(), item.link(), item.canonicalLink(), item.title(),
                                item.contentHtml(), item.summary(), item.published().toEpochMilli(),
                                item.updated().toEpochMilli(), T0.toEpochMilli())
                        .query(Long.class).single();
                long key = jdbc.sql(SearchRepository.PUT_KEY_SQL).param(1, id).query(Long.class).single();
                jdbc.sql(SearchRepository.PUT_TERMS_SQL).params(key, freshWriter.entry(item).terms()).update();
            }
            assertThat(automerge(jdbc)).isNull(); // FTS5's default, 4
            try (Database migrated = Database.open(file)) {
                assertThat(automerge(migrated.jdbc())).isEqualTo("16");
                IndexWriter writer = new IndexWriter(new SearchRepository(migrated), normalizer);
                WriteTransactions tx = new WriteTransactions(migrated);
                assertThat(writer.catchUp(tx)).isZero(); // nothing rebuilt
                assertSameHits(fresh, migrated, normalizer);

                ItemRepository migratedItems = new ItemRepository(migrated.jdbc(), writer);
                for (int at = 0; at < later.size(); at += 2) { // 20 more segments: merged at 16
                    List<Item> two = later.subList(at, at + 2);
                    tx.write(() -> {
                        two.forEach(item -> migratedItems.insert(item, T0).orElseThrow());
                        return null;
                    });
                    two.forEach(item -> freshItems.insert(item, T0).orElseThrow());
                }
                migrated.jdbc().sql("INSERT INTO item_terms (item_terms) VALUES ('integrity-check')").update();
                assertSameHits(fresh, migrated, normalizer);
            }
        }
    }

    private static String automerge(JdbcClient jdbc) {
        return jdbc.sql("SELECT v FROM item_terms_config WHERE k = 'automerge'").query(String.class).optional().orElse(null);
    }

    private static void assertSameHits(Database fresh, Database migrated, ArabicNormalizer normalizer) {
        QueryParser parser = new QueryParser(normalizer);
        for (String q : QUERIES) {
            List<Long> expected = new QueryRunner(new SearchRepository(fresh)).hits(new QueryRunner.Page(
                    parser.parse(q), List.of("a"), null, null, 0, 200, false)).stream().map(StoredItem::id).toList();
            assertThat(expected).as(q).isNotEmpty();
            assertThat(new QueryRunner(new SearchRepository(migrated)).hits(new QueryRunner.Page(
                    parser.parse(q), List.of("a"), null, null, 0, 200, false)))
                    .as(q).extracting(StoredItem::id).isEqualTo(expected);
        }
    }

    private static List<Item> items(int from, int to) {
        String[] titles = {"هدنة في غزة", "مساعدات لغزة", "انتخابات في لبنان", "محمد بن سلمان يستقبل وفدا",
                "منتخب مصر يفوز", "الخارجية المصرية تستدعي السفير", "مطالب بالحرية", "مباحثات في البحرين"};
        List<Item> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String title = titles[i % titles.length] + " " + titles[(i / titles.length) % titles.length];
            Instant at = T0.plusSeconds(i);
            out.add(new Item("a", "k" + i, null, "https://x.example/" + i, "x.example/" + i, title,
                    "<p>" + title + "</p>", title, null, null, List.of(), at, at));
        }
        return out;
    }
}
