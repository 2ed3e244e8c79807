package org.rawafid.search;

import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.model.StoredItem;
import org.rawafid.store.Database;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the search migration tests share: a SQLite file migrated only up to an older version,
 * items stored in it as that version's code stored them, a small labelled set of titles, and the
 * check that a migrated database gives exactly the hits of one indexed from the start.
 */
final class OlderSchema {
    static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    /** Distinct words that older stems mixed up or split (غزة/بغزة, لبنان/بن, البحرين/الحرية). */
    static final String[] TITLES = {"هدنة في غزة", "مساعدات لغزة", "انتخابات في لبنان", "محمد بن سلمان يستقبل وفدا",
            "منتخب مصر يفوز", "الخارجية المصرية تستدعي السفير", "مطالب بالحرية", "مباحثات في البحرين"};

    private OlderSchema() {
    }

    /** A database {@code file} migrated up to {@code version} (and no further), through its own connection. */
    static JdbcClient migratedTo(Path file, String version) {
        org.sqlite.SQLiteDataSource old = new org.sqlite.SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        old.setEnforceForeignKeys(true);
        // A fixture, not a store: no fsync per statement. Hundreds of autocommitted inserts, each
        // synced, stalled one of them 40 s on a disk busy with a second suite run.
        old.setSynchronous("OFF");
        org.flywaydb.core.Flyway.configure().dataSource(old)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target(version).load().migrate();
        return JdbcClient.create(old);
    }

    /** V9-V11's statement giving item {@code ?1} its sort key in {@code item_search} (V12 computes keys instead). */
    private static final String V11_PUT_KEY_SQL = "INSERT INTO item_search (item_id, sort_key)"
            + " SELECT k.id, COALESCE((SELECT max(s.sort_key) + 1 FROM item_search s"
            + " WHERE s.sort_key BETWEEN k.base AND k.base + 1048575), k.base)"
            + " FROM (SELECT id, max(0, min(published_at, 8796093022207)) << 20"
            + " AS base FROM item WHERE id = ?1) k WHERE true"
            + " ON CONFLICT (item_id) DO UPDATE SET sort_key = excluded.sort_key RETURNING sort_key";

    /** Stores {@code item} with {@code terms} in its index, one autocommitted statement at a time (V9-V11's statements). */
    static long store(JdbcClient jdbc, Item item, String terms) {
        long id = jdbc.sql("INSERT INTO item (source_id, item_key, link, canonical_link, title, content_html, summary,"
                        + " categories, published_at, updated_at, first_seen_at, content_hash)"
                        + " VALUES (?,?,?,?,?,?,?,'',?,?,?,'h') RETURNING id")
                .params(item.sourceId(), item.itemKey(), item.link(), item.canonicalLink(), item.title(),
                        item.contentHtml(), item.summary(), item.published().toEpochMilli(),
                        item.updated().toEpochMilli(), T0.toEpochMilli())
                .query(Long.class).single();
        long key = jdbc.sql(V11_PUT_KEY_SQL).param(1, id).query(Long.class).single();
        jdbc.sql("INSERT INTO item_terms (rowid, terms) VALUES (?, ?)").params(key, terms).update();
        return id;
    }

    /** Items {@code from}..{@code to}-1 of source "a", a second apart, each titled by {@code title(i)}. */
    static List<Item> items(int from, int to, java.util.function.IntFunction<String> title) {
        List<Item> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String t = title.apply(i);
            Instant at = T0.plusSeconds(i);
            out.add(new Item("a", "k" + i, null, "https://x.example/" + i, "x.example/" + i, t,
                    "<p>" + t + "</p>", t, null, null, List.of(), at, at));
        }
        return out;
    }

    /** Each query's first {@code limit} hits on {@code migrated} are exactly those on {@code fresh} (and there are some). */
    static void assertSameHits(Database fresh, Database migrated, ArabicNormalizer normalizer, List<String> queries,
                               int limit) {
        QueryParser parser = new QueryParser(normalizer);
        for (String q : queries) {
            List<Long> expected = new QueryRunner(new SearchRepository(fresh)).hits(new QueryRunner.Page(
                    parser.parse(q), List.of("a"), null, null, 0, limit, false)).stream().map(StoredItem::id).toList();
            assertThat(expected).as(q).isNotEmpty();
            assertThat(new QueryRunner(new SearchRepository(migrated)).hits(new QueryRunner.Page(
                    parser.parse(q), List.of("a"), null, null, 0, limit, false)))
                    .as(q).extracting(StoredItem::id).isEqualTo(expected);
        }
    }
}
