package org.rawafid.store;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.Objects;

/**
 * Retention (SPEC §9): removes items published before a cutoff, then stories left with no
 * item. Works in small batches, each its own short transaction, so feed readers and
 * fetches are never held up behind one long delete. Band rows of the story index go with
 * their items ({@code ON DELETE CASCADE}).
 */
public final class Pruner {
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final WriteTransactions tx;

    public Pruner(JdbcClient jdbc, WriteTransactions tx) {
        this.jdbc = Objects.requireNonNull(jdbc);
        this.tx = Objects.requireNonNull(tx);
    }

    /** What a prune removed, or — on a dry run — would remove. */
    public record Result(long items, long stories, boolean dryRun) {
    }

    public Result prune(Instant cutoff, boolean dryRun) {
        long cut = cutoff.toEpochMilli();
        if (dryRun) {
            long items = jdbc.sql("SELECT count(*) FROM item WHERE published_at < ?").param(cut)
                    .query(Long.class).single();
            long stories = jdbc.sql("SELECT count(*) FROM story s WHERE NOT EXISTS (SELECT 1 FROM item i"
                    + " WHERE i.story_id = s.id AND i.published_at >= ?)").param(cut).query(Long.class).single();
            return new Result(items, stories, true);
        }
        long items = 0;
        int n;
        do {
            n = Objects.requireNonNull(tx.write(() -> jdbc.sql("DELETE FROM item WHERE id IN (SELECT id FROM item"
                    + " WHERE published_at < ? LIMIT " + BATCH + ")").param(cut).update()));
            items += n;
        } while (n == BATCH);
        long stories = 0;
        do {
            n = Objects.requireNonNull(tx.write(() -> jdbc.sql("DELETE FROM story WHERE id IN (SELECT s.id FROM story s"
                    + " WHERE NOT EXISTS (SELECT 1 FROM item i WHERE i.story_id = s.id) LIMIT " + BATCH + ")").update()));
            stories += n;
        } while (n == BATCH);
        return new Result(items, stories, false);
    }
}
