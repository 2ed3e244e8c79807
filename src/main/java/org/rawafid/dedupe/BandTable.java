package org.rawafid.dedupe;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/** The SQL of table {@code story_band} (migration V2): band hashes per item, looked up by hash and time. */
final class BandTable {
    private static final long DAY_MS = 86_400_000L;
    private static final long ID_MASK = (1L << 40) - 1;

    private final JdbcClient jdbc;

    BandTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the item's band hashes; storing them again is a no-op. */
    void insert(long itemId, long[] bands, Instant published) {
        if (bands.length == 0) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO story_band (item_id, band, band_hash, published_day, published_at) VALUES ");
        List<Object> params = new ArrayList<>(bands.length * 5);
        for (int b = 0; b < bands.length; b++) {
            sql.append(b == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
            params.addAll(List.of(itemId, b, bands[b], day(published), published.toEpochMilli()));
        }
        sql.append(" ON CONFLICT (item_id, band) DO NOTHING");
        jdbc.sql(sql.toString()).params(params).update();
    }

    /**
     * Ids of items (other than {@code itemId}) sharing a band hash, published in
     * [{@code from}, {@code to}]: one index seek per day of the window and band, bounded by
     * the window, not by the table. The {@code limit} items sharing the most bands come first, since the
     * number of shared bands estimates the similarity (MinHash).
     */
    List<Long> candidates(long itemId, long[] bands, Instant from, Instant to, int limit) {
        if (bands.length == 0) {
            return List.of();
        }
        // One row per shared band; counted and ranked here rather than with GROUP BY / ORDER BY
        // COUNT(*): SQLite built two temporary B-trees per lookup for that, and in a busy window
        // (hundreds of items per band hash) the lookup was the largest cost inside the write lock.
        Rows rows = new Rows();
        jdbc.sql("""
                        SELECT item_id FROM story_band
                        WHERE published_day IN (:days) AND band_hash IN (:hashes)
                          AND published_at BETWEEN :from AND :to AND item_id <> :item""")
                .param("days", LongStream.rangeClosed(day(from), day(to)).boxed().toList())
                .param("hashes", Arrays.stream(bands).boxed().toList())
                .param("from", from.toEpochMilli())
                .param("to", to.toEpochMilli())
                .param("item", itemId)
                .query(rs -> {
                    rows.add(rs.getLong(1));
                });
        return mostShared(rows.toArray(), limit);
    }

    /** Item ids as the query returns them, one per shared band, in a growable primitive array. */
    private static final class Rows {
        private long[] ids = new long[256];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        long[] toArray() {
            return Arrays.copyOf(ids, size);
        }
    }

    /**
     * The {@code limit} ids occurring most often in {@code rows}, ties by smaller id first: what
     * {@code GROUP BY item_id ORDER BY COUNT(*) DESC, item_id LIMIT limit} returns.
     */
    static List<Long> mostShared(long[] rows, int limit) {
        Arrays.sort(rows);
        long[] keys = new long[rows.length];
        int distinct = 0;
        for (int i = 0; i < rows.length; ) {
            int j = i;
            while (j < rows.length && rows[j] == rows[i]) {
                j++;
            }
            if (rows[i] < 0 || rows[i] > ID_MASK) {
                return mostSharedBoxed(rows, limit); // ids beyond 2^40: never in practice
            }
            // More shared bands first, then the smaller id: both in one ascending-sortable key.
            keys[distinct++] = (long) (j - i) << 40 | (ID_MASK - rows[i]);
            i = j;
        }
        Arrays.sort(keys, 0, distinct);
        List<Long> out = new ArrayList<>(Math.min(limit, distinct));
        for (int k = distinct - 1; k >= 0 && out.size() < limit; k--) {
            out.add(ID_MASK - (keys[k] & ID_MASK));
        }
        return out;
    }

    private static List<Long> mostSharedBoxed(long[] sortedRows, int limit) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (long id : sortedRows) {
            counts.merge(id, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> !a.getValue().equals(b.getValue())
                        ? Integer.compare(b.getValue(), a.getValue()) : Long.compare(a.getKey(), b.getKey()))
                .limit(limit).map(java.util.Map.Entry::getKey).toList();
    }

    /** UTC day number: the partition that keeps lookups on recent index pages. */
    static long day(Instant instant) {
        return Math.floorDiv(instant.toEpochMilli(), DAY_MS);
    }
}
