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
        return jdbc.sql("""
                        SELECT item_id FROM story_band
                        WHERE published_day IN (:days) AND band_hash IN (:hashes)
                          AND published_at BETWEEN :from AND :to AND item_id <> :item
                        GROUP BY item_id ORDER BY COUNT(*) DESC, item_id LIMIT :limit""")
                .param("days", LongStream.rangeClosed(day(from), day(to)).boxed().toList())
                .param("hashes", Arrays.stream(bands).boxed().toList())
                .param("from", from.toEpochMilli())
                .param("to", to.toEpochMilli())
                .param("item", itemId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** UTC day number: the partition that keeps lookups on recent index pages. */
    static long day(Instant instant) {
        return Math.floorDiv(instant.toEpochMilli(), DAY_MS);
    }
}
