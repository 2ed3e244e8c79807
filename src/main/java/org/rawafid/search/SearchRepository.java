package org.rawafid.search;

import org.rawafid.model.StoredItem;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.StagedList;
import org.rawafid.store.TransactionScoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Owns the SQL of the search index, per dialect: SQLite keeps the terms in the contentless FTS5
 * table {@code item_terms} (tokenizer {@code ascii}: each term one token), whose rowid is a sort
 * key following publication time computed from the item's row, its publication minute and its id
 * (migrations V7, V9, V12; V11: FTS5 merges its segments sixteen at a time);
 * PostgreSQL keeps them as a {@code tsvector} in {@code item_text} built here from the very same
 * terms, with their positions, so phrases and every other operator give the same hits on both.
 * Queries travel as bound parameters (an FTS5 expression, a {@code tsquery} literal) whose terms
 * are letters and digits only. Thread-safe; joins the caller's transaction (on SQLite the terms
 * of its items are written when it commits, see {@link #put}).
 */
public final class SearchRepository {
    /**
     * SQLite sort keys (migration V12): an item's publication minute (published_at / 60,000,
     * clamped to 0..{@link #MAX_MINUTE}) shifted left {@value #ID_BITS} bits, plus its id.
     */
    static final int ID_BITS = 36;
    static final long ID_MASK = (1L << ID_BITS) - 1;
    static final long MINUTE_MS = 60_000;
    /** The last minute a key holds (in the year 2225); later times are clamped to it, earlier than 1970 to 0. */
    static final long MAX_MINUTE = (1L << (63 - ID_BITS)) - 1;
    /** The first window holds about this many of the newest items; each next one is {@link #GROWTH} times wider. */
    static final int FIRST_WINDOW_ITEMS = 2_000;
    static final int GROWTH = 8;
    /** The first window is at least this long (many items published in the same second). */
    static final long MIN_WIDTH_MS = 1_000;
    /** After this many windows the rest is read in one. */
    static final int MAX_WINDOWS = 6;
    /** PostgreSQL ignores positions beyond this (tsvector's limit). */
    private static final int MAX_POSITION = 16_383;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final boolean postgres;
    private final int firstWindowItems;

    public SearchRepository(Database database) {
        this(database, FIRST_WINDOW_ITEMS);
    }

    /** With first windows of about {@code firstWindowItems} items (tests use a few, to read many windows). */
    SearchRepository(Database database, int firstWindowItems) {
        Objects.requireNonNull(database, "database");
        if (firstWindowItems < 1) {
            throw new IllegalArgumentException("firstWindowItems must be positive: " + firstWindowItems);
        }
        this.firstWindowItems = firstWindowItems;
        this.jdbc = database.jdbc();
        this.batch = new JdbcTemplate(database.dataSource());
        this.postgres = database.dialect() == Database.Dialect.POSTGRESQL;
    }

    /** The stored form of {@code terms}: a tsvector literal (PostgreSQL) or the terms space-separated (SQLite). */
    String encode(List<String> terms) {
        return postgres ? tsvector(terms) : String.join(" ", terms);
    }

    /** {@code encode(terms.of(text))}; on SQLite in one pass, without the list ({@link Terms#joined}). */
    String encode(Terms terms, String text) {
        return postgres ? tsvector(terms.of(text)) : terms.joined(text);
    }

    /** SQLite: the terms of an item under its key, replacing any it had there (V12). */
    public static final String PUT_TERMS_SQL = "INSERT OR REPLACE INTO item_terms (rowid, terms) VALUES (?, ?)";

    /**
     * Stores (or replaces) the terms of item {@code id}, in the form {@link #encode} gives.
     *
     * <p>SQLite: the terms wait in memory and go into FTS5 just before the transaction commits, all
     * of them, in key order (migration V9 says why: FTS5 writes a segment whenever another statement
     * runs between its inserts), each under the key its item's row gives then ({@link #key}); of
     * an item's puts the last counts. The puts follow the savepoints taken through
     * {@link TransactionScoped#inSavepoint} (group commit isolates each piece of work in one): those
     * made since a savepoint that is rolled back are dropped, so an item whose insert or update was
     * rolled back keeps what it had. (Roll savepoints back only that way: the index cannot see
     * others.) Outside a transaction the terms go in at once.
     */
    void put(long id, String encoded) {
        if (postgres) {
            jdbc.sql("INSERT INTO item_text (item_id, terms) VALUES (?, CAST(? AS tsvector))"
                    + " ON CONFLICT (item_id) DO UPDATE SET terms = excluded.terms")
                    .params(id, encoded).update();
            return;
        }
        if (id < 1 || id > ID_MASK) {
            throw new IllegalStateException("search: item id " + id + " does not fit the index's keys (1.." + ID_MASK + ")");
        }
        StagedList<Put> pending = TransactionScoped.get(this, StagedList::new, this::writePending, p -> { });
        if (pending == null) {
            jdbc.sql("INSERT OR REPLACE INTO item_terms (rowid, terms) SELECT " + keyOf("i") + ", ? FROM item i"
                    + " WHERE i.id = ?").params(encoded, id).update();
        } else {
            pending.add(new Put(id, encoded));
        }
    }

    /** The sort key of item {@code id} published at {@code publishedMs} (SQLite, migration V12). */
    public static long key(long publishedMs, long id) {
        return minuteKey(publishedMs) | id;
    }

    /** The first key of the minute holding {@code ms}. */
    static long minuteKey(long ms) {
        return Math.max(0, Math.min(ms / MINUTE_MS, MAX_MINUTE)) << ID_BITS;
    }

    /** {@link #key} in SQL, of the item row aliased {@code row} (the same expression as migration V12's triggers). */
    private static String keyOf(String row) {
        return "((max(0, min(" + row + ".published_at / " + MINUTE_MS + ", " + MAX_MINUTE + ")) << " + ID_BITS + ") | "
                + row + ".id)";
    }

    /**
     * Inserts the terms of each item's last put under the key its row gives (an item gone since
     * is left out), in key order; the rows all read before the first insert, so nothing runs
     * between FTS5's inserts.
     */
    private void writePending(StagedList<Put> pending) {
        if (pending.isEmpty()) {
            return;
        }
        Map<Long, String> last = new java.util.HashMap<>();
        pending.items().forEach(put -> last.put(put.id(), put.terms()));
        pending.clear();
        java.util.TreeMap<Long, String> byKey = new java.util.TreeMap<>();
        List<Long> ids = List.copyOf(last.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("SELECT id, published_at FROM item WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query(rs -> {
                        long id = rs.getLong(1);
                        byKey.put(key(rs.getLong(2), id), last.get(id));
                    });
        }
        List<Object[]> rows = new ArrayList<>(byKey.size());
        byKey.forEach((key, terms) -> rows.add(new Object[]{key, terms}));
        batch.batchUpdate(PUT_TERMS_SQL, rows); // the transaction's connection (same data source)
    }

    /** One put of an item's terms. */
    private record Put(long id, String terms) {
    }

    /**
     * Up to {@code limit} items of the backlog (stored before migration V5), lowest id first,
     * and moves the backlog past them; empty when it is done. Call inside a write transaction.
     */
    List<Unindexed> takeBacklog(int limit) {
        long[] range = jdbc.sql("SELECT next_id, last_id FROM search_backlog")
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).optional().orElse(new long[]{1, 0});
        if (range[0] > range[1]) {
            return List.of();
        }
        List<Unindexed> batch = jdbc.sql("SELECT id, title, summary, content_html FROM item"
                        + " WHERE id >= ? AND id <= ? ORDER BY id LIMIT ?")
                .params(range[0], range[1], limit)
                .query((rs, n) -> new Unindexed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        long next = batch.size() < limit ? range[1] + 1 : batch.get(batch.size() - 1).id() + 1;
        jdbc.sql("UPDATE search_backlog SET next_id = ?").param(next).update();
        return batch;
    }

    record Unindexed(long id, String title, String summary, String contentHtml) {
    }

    /**
     * A page of hits newest first: matching items of {@code sourceIds} published at or after
     * {@code notBefore} (may be null), older than the keyset cursor when {@code beforeTime} is set;
     * by story, only the earliest matching report of each story among those sources.
     *
     * <p>Read in time windows, newest first: the first holds about the {@value #FIRST_WINDOW_ITEMS}
     * newest items (below the cursor), each next one is {@value #GROWTH} times as long, until the
     * page is full or {@code notBefore} (or the oldest item) is reached. A word that matches a fifth
     * of all items fills its page from the first window, so only that window's hits are sorted; a
     * rare word reads a few windows, each cheap. Windows split the time line, so the hits are
     * exactly those of one query over all of it. On SQLite a window is a range of FTS5 rowids
     * (they follow publication time, migration V7); on PostgreSQL a range of {@code item_published}.
     */
    List<StoredItem> hits(Query query, Collection<String> sourceIds, Instant notBefore, Instant beforeTime,
                          long beforeId, int limit, boolean byStory) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        long floor = notBefore == null ? Long.MIN_VALUE : notBefore.toEpochMilli();
        // Windows are [lo, hi) on published_at; the cursor's (time, id) test is applied inside them too.
        long hi = beforeTime == null ? Long.MAX_VALUE : beforeTime.toEpochMilli() + 1;
        List<Long> newest = jdbc.sql("SELECT published_at FROM item WHERE published_at < ?"
                        + " ORDER BY published_at DESC LIMIT 1 OFFSET ?")
                .params(hi, firstWindowItems - 1).query(Long.class).list();
        long width;
        if (newest.isEmpty()) {
            width = -1; // fewer items than one window: one window reaches the floor
        } else {
            long top = jdbc.sql("SELECT max(published_at) FROM item WHERE published_at < ?").param(hi)
                    .query(Long.class).single();
            hi = Math.min(hi, top + 1);
            width = Math.max(MIN_WIDTH_MS, hi - newest.get(0));
        }
        String match = postgres ? tsquery(query) : ftsMatch(query);
        String sql = windowSql(beforeTime != null, byStory);
        List<Long> out = new ArrayList<>();
        for (int window = 1; out.size() < limit && hi > floor; window++) {
            long lo = width < 0 || window >= MAX_WINDOWS || hi - width <= floor || hi - width > hi ? floor : hi - width;
            var spec = jdbc.sql(sql)
                    .param("match", match)
                    .param("sources", List.copyOf(sourceIds))
                    .param("lo", lo)
                    .param("hi", hi)
                    .param("floor", floor)
                    .param("limit", limit - out.size());
            if (!postgres) {
                spec = spec.param("keyLo", minuteKey(lo)).param("keyHi", minuteKey(hi - 1) | ID_MASK);
            }
            if (beforeTime != null) {
                spec = spec.param("beforeTime", beforeTime.toEpochMilli()).param("beforeId", beforeId);
            }
            out.addAll(spec.query(Long.class).list());
            hi = lo;
            width = width > Long.MAX_VALUE / GROWTH ? Long.MAX_VALUE : width * GROWTH;
        }
        return rows(out);
    }

    /**
     * How many hits {@link #hits} would page through: matching items of {@code sourceIds}
     * published at or after {@code notBefore} (may be null); by story, how many stories (every
     * story with a matching report among those sources gives exactly one hit).
     */
    long count(Query query, Collection<String> sourceIds, Instant notBefore, boolean byStory) {
        if (sourceIds.isEmpty()) {
            return 0;
        }
        long floor = notBefore == null ? Long.MIN_VALUE : notBefore.toEpochMilli();
        String what = byStory ? "count(DISTINCT COALESCE(i.story_id, -i.id))" : "count(*)";
        String sql = "SELECT " + what + (postgres
                ? " FROM item_text f JOIN item i ON i.id = f.item_id WHERE f.terms @@ CAST(:match AS tsquery)"
                : " FROM item_terms f CROSS JOIN item i WHERE f.item_terms MATCH :match"
                + " AND f.rowid >= :keyLo AND i.id = (f.rowid & " + ID_MASK + ")")
                + " AND i.source_id IN (:sources) AND i.published_at >= :floor";
        return jdbc.sql(sql)
                .param("match", postgres ? tsquery(query) : ftsMatch(query))
                .param("sources", List.copyOf(sourceIds))
                .param("floor", floor)
                .param("keyLo", minuteKey(floor))
                .query(Long.class).single();
    }

    /** The stored items {@code ids}, in that order. */
    private List<StoredItem> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredItem> byId = new java.util.HashMap<>();
        jdbc.sql("SELECT " + ItemRepository.COLUMNS + ItemRepository.FROM + " WHERE i.id IN (:ids)")
                .param("ids", ids).query((rs, n) -> ItemRepository.map(rs)).list()
                .forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private String windowSql(boolean cursor, boolean byStory) {
        // Driven from the index: the window's hits are read from it, then their rows, then sorted;
        // ids only (a page's rows are read once it is known, not a window's worth of article text).
        StringBuilder sql = new StringBuilder("SELECT i.id").append(postgres
                        ? " FROM item_text f JOIN item i ON i.id = f.item_id"
                        + " WHERE f.terms @@ CAST(:match AS tsquery)"
                        : " FROM item_terms f CROSS JOIN item i"
                        + " WHERE f.item_terms MATCH :match AND f.rowid BETWEEN :keyLo AND :keyHi"
                        + " AND i.id = (f.rowid & " + ID_MASK + ")")
                .append(" AND i.source_id IN (:sources) AND i.published_at >= :lo AND i.published_at < :hi");
        if (cursor) {
            sql.append(" AND (i.published_at < :beforeTime OR (i.published_at = :beforeTime AND i.id < :beforeId))");
        }
        if (byStory) {
            // Only items with a story have siblings; each sibling is checked against the index alone.
            sql.append(" AND NOT EXISTS (SELECT 1 FROM item j WHERE j.story_id = i.story_id")
                    .append(" AND j.source_id IN (:sources) AND j.published_at >= :floor")
                    .append(" AND (j.published_at < i.published_at OR (j.published_at = i.published_at AND j.id < i.id))")
                    .append(postgres ? " AND EXISTS (SELECT 1 FROM item_text g WHERE g.item_id = j.id"
                            + " AND g.terms @@ CAST(:match AS tsquery)))"
                            : " AND EXISTS (SELECT 1 FROM item_terms g WHERE g.item_terms MATCH :match"
                            + " AND g.rowid = " + keyOf("j") + "))");
        }
        return sql.append(" ORDER BY i.published_at DESC, i.id DESC LIMIT :limit").toString();
    }

    /** How many items the index holds (for the bench and tests). */
    long indexedCount() {
        return jdbc.sql("SELECT count(*) FROM " + (postgres ? "item_text" : "item_terms")).query(Long.class).single();
    }

    /** FTS5: {@code ("a b" OR "c") AND "d" NOT "e"}; terms are letters and digits, quoted anyway. */
    static String ftsMatch(Query query) {
        StringJoiner all = new StringJoiner(" AND ", "(", ")");
        for (List<Query.Term> group : query.required()) {
            StringJoiner any = new StringJoiner(" OR ", "(", ")");
            group.forEach(t -> any.add(ftsPhrase(t)));
            all.add(any.toString());
        }
        StringBuilder out = new StringBuilder(all.toString());
        query.excluded().forEach(t -> out.append(" NOT ").append(ftsPhrase(t)));
        return out.toString();
    }

    private static String ftsPhrase(Query.Term term) {
        return "\"" + String.join(" ", term.stems()).replace("\"", "\"\"") + "\"";
    }

    /** PostgreSQL: {@code ('a' <-> 'b' | 'c') & ('d') & !('e')}. */
    static String tsquery(Query query) {
        StringJoiner all = new StringJoiner(" & ");
        for (List<Query.Term> group : query.required()) {
            StringJoiner any = new StringJoiner(" | ", "(", ")");
            group.forEach(t -> any.add(tsPhrase(t)));
            all.add(any.toString());
        }
        query.excluded().forEach(t -> all.add("!(" + tsPhrase(t) + ")"));
        return all.toString();
    }

    private static String tsPhrase(Query.Term term) {
        StringJoiner phrase = new StringJoiner(" <-> ");
        term.stems().forEach(s -> phrase.add(lexeme(s)));
        return phrase.toString();
    }

    /** A tsvector literal: each term with its 1-based positions, in the order of the text. */
    static String tsvector(List<String> terms) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < terms.size() && i < MAX_POSITION; i++) {
            positions.computeIfAbsent(terms.get(i), k -> new ArrayList<>()).add(i + 1);
        }
        StringJoiner out = new StringJoiner(" ");
        positions.forEach((term, at) -> {
            StringJoiner list = new StringJoiner(",");
            at.stream().limit(256).forEach(p -> list.add(Integer.toString(p)));
            out.add(lexeme(term) + ":" + list);
        });
        return out.toString();
    }

    private static String lexeme(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
