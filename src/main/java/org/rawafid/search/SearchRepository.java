package org.rawafid.search;

import org.rawafid.model.StoredItem;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
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
 * Owns the SQL of the search index (migration V5), per dialect: SQLite keeps the terms as text in
 * {@code item_text} under the FTS5 table {@code item_fts}; PostgreSQL keeps them as a
 * {@code tsvector} built here from the very same terms, with their positions, so phrases and
 * every other operator give the same hits on both. Queries travel as bound parameters (an FTS5
 * expression, a {@code tsquery} literal) whose terms are letters and digits only. Thread-safe;
 * joins the caller's transaction.
 */
public final class SearchRepository {
    /** PostgreSQL ignores positions beyond this (tsvector's limit). */
    private static final int MAX_POSITION = 16_383;

    private final JdbcClient jdbc;
    private final boolean postgres;

    public SearchRepository(Database database) {
        Objects.requireNonNull(database, "database");
        this.jdbc = database.jdbc();
        this.postgres = database.dialect() == Database.Dialect.POSTGRESQL;
    }

    /** Stores (or replaces) the terms of item {@code id}. */
    void put(long id, List<String> terms) {
        if (postgres) {
            jdbc.sql("INSERT INTO item_text (item_id, terms) VALUES (?, CAST(? AS tsvector))"
                    + " ON CONFLICT (item_id) DO UPDATE SET terms = excluded.terms")
                    .params(id, tsvector(terms)).update();
        } else {
            jdbc.sql("INSERT INTO item_text (item_id, terms) VALUES (?, ?)"
                    + " ON CONFLICT (item_id) DO UPDATE SET terms = excluded.terms")
                    .params(id, String.join(" ", terms)).update();
        }
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
     */
    List<StoredItem> hits(Query query, Collection<String> sourceIds, Instant notBefore, Instant beforeTime,
                          long beforeId, int limit, boolean byStory) {
        if (sourceIds.isEmpty()) {
            return List.of();
        }
        // Driven from the index: the hits are read from it, then their rows, then sorted. (Testing
        // each item newest-first against the set of hits needs that whole set built first.)
        StringBuilder sql = new StringBuilder("SELECT ").append(ItemRepository.COLUMNS).append(postgres
                        ? " FROM item_text f JOIN item i ON i.id = f.item_id LEFT JOIN story s ON s.id = i.story_id"
                        + " WHERE f.terms @@ CAST(:match AS tsquery)"
                        : " FROM item_fts f CROSS JOIN item i LEFT JOIN story s ON s.id = i.story_id"
                        + " WHERE f.item_fts MATCH :match AND i.id = f.rowid")
                .append(" AND i.source_id IN (:sources) AND i.published_at >= :notBefore");
        if (beforeTime != null) {
            sql.append(" AND (i.published_at < :beforeTime OR (i.published_at = :beforeTime AND i.id < :beforeId))");
        }
        if (byStory) {
            // Only items with a story have siblings; each sibling is checked against the index alone.
            sql.append(" AND NOT EXISTS (SELECT 1 FROM item j WHERE j.story_id = i.story_id")
                    .append(" AND j.source_id IN (:sources) AND j.published_at >= :notBefore")
                    .append(" AND (j.published_at < i.published_at OR (j.published_at = i.published_at AND j.id < i.id))")
                    .append(postgres ? " AND EXISTS (SELECT 1 FROM item_text g WHERE g.item_id = j.id"
                            + " AND g.terms @@ CAST(:match AS tsquery)))"
                            : " AND EXISTS (SELECT 1 FROM item_fts g WHERE g.item_fts MATCH :match AND g.rowid = j.id))");
        }
        sql.append(" ORDER BY i.published_at DESC, i.id DESC LIMIT :limit");
        var spec = jdbc.sql(sql.toString())
                .param("match", postgres ? tsquery(query) : ftsMatch(query))
                .param("sources", List.copyOf(sourceIds))
                .param("notBefore", notBefore == null ? Long.MIN_VALUE : notBefore.toEpochMilli())
                .param("limit", limit);
        if (beforeTime != null) {
            spec = spec.param("beforeTime", beforeTime.toEpochMilli()).param("beforeId", beforeId);
        }
        return spec.query((rs, n) -> ItemRepository.map(rs)).list();
    }

    /** How many items the index holds (for the bench and tests). */
    long indexedCount() {
        return jdbc.sql("SELECT count(*) FROM item_text").query(Long.class).single();
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
