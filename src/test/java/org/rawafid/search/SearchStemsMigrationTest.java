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
 * Migration V10: an index whose terms were made by the search stemmer before it (here: dedupe's
 * one-round stems, which cut غزة to two letters and keep the clitic of بغزة) is rebuilt from
 * the items at the next start, to exactly the hits of a database indexed from the start.
 */
class SearchStemsMigrationTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void migrationV10RebuildsTheTermsOfEveryStoredItem() {
        Path file = dir.resolve("v9.db");
        org.sqlite.SQLiteDataSource old = new org.sqlite.SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        old.setEnforceForeignKeys(true);
        org.flywaydb.core.Flyway.configure().dataSource(old)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("9").load().migrate();
        JdbcClient jdbc = JdbcClient.create(old);
        ArabicNormalizer normalizer = new ArabicNormalizer();
        List<Item> items = items();
        for (Item item : items) {
            long id = jdbc.sql("INSERT INTO item (source_id, item_key, link, canonical_link, title, content_html, summary,"
                            + " categories, published_at, updated_at, first_seen_at, content_hash)"
                            + " VALUES (?,?,?,?,?,?,?,'',?,?,?,'h') RETURNING id")
                    .params(item.sourceId(), item.itemKey(), item.link(), item.canonicalLink(), item.title(),
                            item.contentHtml(), item.summary(), item.published().toEpochMilli(),
                            item.updated().toEpochMilli(), T0.toEpochMilli())
                    .query(Long.class).single();
            long key = jdbc.sql(SearchRepository.PUT_KEY_SQL).param(1, id).query(Long.class).single();
            String staleTerms = String.join(" ", normalizer.tokens(item.title()));
            jdbc.sql(SearchRepository.PUT_TERMS_SQL).params(key, staleTerms).update();
        }
        jdbc.sql("UPDATE search_backlog SET next_id = 1, last_id = 0").update(); // V9's backlog was done
        try (Database fresh = Database.open(dir.resolve("fresh.db")); Database migrated = Database.open(file)) {
            ItemRepository freshItems = new ItemRepository(fresh.jdbc(), new IndexWriter(new SearchRepository(fresh), normalizer));
            items.forEach(item -> freshItems.insert(item, T0).orElseThrow());
            IndexWriter writer = new IndexWriter(new SearchRepository(migrated), normalizer);
            assertThat(writer.catchUp(new WriteTransactions(migrated))).isEqualTo(items.size());
            QueryParser parser = new QueryParser(normalizer);
            for (String q : List.of("غزة", "بغزة", "لبنان", "بن", "مصر", "\"هدنة في غزة\"", "الحرية -البحرين")) {
                List<Long> expected = new QueryRunner(new SearchRepository(fresh)).hits(new QueryRunner.Page(
                        parser.parse(q), List.of("a"), null, null, 0, 100, false)).stream().map(StoredItem::id).toList();
                assertThat(expected).as(q).isNotEmpty();
                assertThat(new QueryRunner(new SearchRepository(migrated)).hits(new QueryRunner.Page(
                        parser.parse(q), List.of("a"), null, null, 0, 100, false)))
                        .as(q).extracting(StoredItem::id).isEqualTo(expected);
            }
        }
    }

    private static List<Item> items() {
        String[] titles = {"هدنة في غزة", "مساعدات لغزة", "انتخابات في لبنان", "محمد بن سلمان يستقبل وفدا",
                "منتخب مصر يفوز", "الخارجية المصرية تستدعي السفير", "مطالب بالحرية", "مباحثات في البحرين"};
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < titles.length * 3; i++) {
            String title = titles[i % titles.length];
            Instant at = T0.plusSeconds(i);
            out.add(new Item("a", "k" + i, null, "https://x.example/" + i, "x.example/" + i, title,
                    "<p>" + title + "</p>", title, null, null, List.of(), at, at));
        }
        return out;
    }
}
