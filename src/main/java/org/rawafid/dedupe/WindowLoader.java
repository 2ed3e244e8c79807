package org.rawafid.dedupe;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads stored items into a {@link StoryWindow}: the window at start ({@link #load}) and the
 * rows other writers committed since ({@link #loadAfter}). Each item's band hashes come from its
 * stored signature; a row without one, or of another {@link Fingerprinter#SIGNATURE_VERSION}
 * (stored before migration V8, or before the band computation changed), is fingerprinted again
 * from its title and summary and the signature written back, so an upgrade needs no step of its own.
 */
final class WindowLoader {
    private static final int BATCH = 500;
    private static final String COLUMNS = "SELECT i.id, i.story_id, s.guid, i.source_id, i.published_at,"
            + " i.canonical_link, i.story_signature, i.signature_version"
            + " FROM item i JOIN story s ON s.id = i.story_id";

    private final JdbcClient jdbc;
    private final Fingerprinter fingerprinter;

    WindowLoader(JdbcClient jdbc, Fingerprinter fingerprinter) {
        this.jdbc = jdbc;
        this.fingerprinter = fingerprinter;
    }

    /** The highest item id stored (0 when none). */
    long maxId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM item").query(Long.class).single();
    }

    /** The latest publication time stored, or {@code Long.MIN_VALUE / 2}: one index probe. */
    long newestPublished() {
        return jdbc.sql("SELECT COALESCE(MAX(published_at), :none) FROM item")
                .param("none", Long.MIN_VALUE / 2).query(Long.class).single();
    }

    /**
     * The earliest publication time of a stored item published at or after {@code fromMillis}, or
     * {@code Long.MAX_VALUE}: when it is later than the window's earliest, the items before it were
     * pruned (retention removes items by publication time, oldest first). One index probe.
     */
    long earliestPublishedSince(long fromMillis) {
        return jdbc.sql("SELECT COALESCE(MIN(published_at), :none) FROM item WHERE published_at >= :from")
                .param("none", Long.MAX_VALUE).param("from", fromMillis).query(Long.class).single();
    }

    /**
     * Adds to {@code window} the items with ids up to {@code maxId} published at or after
     * {@code fromMillis}, and the outlets of their stories' other items; returns how many signatures
     * were recomputed (and written back through {@code inWriteTransaction}).
     */
    int load(StoryWindow window, long fromMillis, long maxId, Consumer<Runnable> inWriteTransaction) {
        List<Row> rows = jdbc.sql(COLUMNS + " WHERE i.published_at >= :from AND i.id <= :max ORDER BY i.id")
                .param("from", fromMillis).param("max", maxId)
                .query((rs, n) -> row(rs)).list();
        int recomputed = add(window, rows, inWriteTransaction);
        jdbc.sql("""
                        SELECT DISTINCT i.story_id, i.source_id FROM item i
                        WHERE i.story_id IN (SELECT w.story_id FROM item w WHERE w.published_at >= :from AND w.id <= :max)
                          AND i.id <= :max""")
                .param("from", fromMillis).param("max", maxId)
                .query((rs, n) -> {
                    window.addSource(rs.getLong(1), rs.getString(2));
                    return null;
                }).list();
        return recomputed;
    }

    /**
     * Adds the items stored after {@code afterId} (by any writer) and published at or after
     * {@code fromMillis}; an older one still adds its outlet to its story. Returns the highest id
     * read ({@code afterId} when there were none) and the latest publication time read. Call
     * inside the write transaction.
     */
    Caught loadAfter(StoryWindow window, long afterId, long fromMillis) {
        List<Row> rows = jdbc.sql(COLUMNS + " WHERE i.id > :after ORDER BY i.id")
                .param("after", afterId).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return new Caught(afterId, Long.MIN_VALUE / 2);
        }
        List<Row> recent = new ArrayList<>();
        long newest = Long.MIN_VALUE / 2;
        for (Row r : rows) {
            newest = Math.max(newest, r.published());
            if (r.published() >= fromMillis) {
                recent.add(r);
            } else {
                window.addSource(r.storyId(), r.sourceId());
            }
        }
        add(window, recent, Runnable::run);
        return new Caught(rows.get(rows.size() - 1).id(), newest);
    }

    /** What {@link #loadAfter} read up to. */
    record Caught(long lastId, long newestPublished) {
    }

    private int add(StoryWindow window, List<Row> rows, Consumer<Runnable> inWriteTransaction) {
        Map<Long, long[]> recomputed = recompute(rows.stream()
                .filter(r -> r.signature() == null || r.version() != Fingerprinter.SIGNATURE_VERSION)
                .map(Row::id).toList());
        for (Row r : rows) {
            long[] bands = recomputed.containsKey(r.id()) ? recomputed.get(r.id()) : Fingerprinter.bands(r.signature());
            window.add(new StoryWindow.Entry(r.id(), r.storyId(), r.guid(), r.sourceId(), r.published(), r.link(),
                    bands));
        }
        List<Map.Entry<Long, long[]>> writes = new ArrayList<>(recomputed.entrySet());
        for (int from = 0; from < writes.size(); from += BATCH) {
            List<Map.Entry<Long, long[]>> batch = writes.subList(from, Math.min(writes.size(), from + BATCH));
            inWriteTransaction.accept(() -> batch.forEach(e -> jdbc.sql(
                            "UPDATE item SET story_signature = :signature, signature_version = :version WHERE id = :id")
                    .param("signature", Fingerprinter.signature(e.getValue()))
                    .param("version", Fingerprinter.SIGNATURE_VERSION).param("id", e.getKey()).update()));
        }
        return recomputed.size();
    }

    /** The band hashes of these items, from their stored title and summary. */
    private Map<Long, long[]> recompute(List<Long> ids) {
        Map<Long, long[]> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            jdbc.sql("SELECT id, title, summary FROM item WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .query((rs, n) -> out.put(rs.getLong(1),
                            fingerprinter.fingerprint(new Text(rs.getString(2), rs.getString(3))).bands()))
                    .list();
        }
        return out;
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        int version = rs.getInt(8);
        boolean versioned = !rs.wasNull();
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getBytes(7), versioned ? version : -1);
    }

    private record Row(long id, long storyId, String guid, String sourceId, long published, String link,
                       byte[] signature, int version) {
    }
}
