package org.rawafid.store;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The database's count of writes to items and stories (PostgreSQL only: a statement trigger on
 * {@code item} and {@code story} advances it, migration {@code postgresql/V4__change_counter.sql}).
 * A node of a cluster reads it about once a second and drops its rendered feeds when it moved,
 * so a feed another node changed is served fresh everywhere within a second. SQLite has a
 * single node, which learns of its own changes directly, and no counter.
 */
public final class ChangeCounter {
    private final JdbcClient jdbc;
    private long seen = Long.MIN_VALUE;

    public ChangeCounter(Database database) {
        Objects.requireNonNull(database, "database");
        if (database.dialect() != Database.Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("store: the change counter exists on PostgreSQL only");
        }
        this.jdbc = database.jdbc();
    }

    /** The counter now. */
    public long current() {
        return jdbc.sql("SELECT value FROM change_counter WHERE id = 1").query(Long.class).single();
    }

    /**
     * The counter if it moved since the last call (the first call always reports), else empty.
     * Not thread-safe: one poller per node.
     */
    public OptionalLong moved() {
        long now = current();
        if (now == seen) {
            return OptionalLong.empty();
        }
        seen = now;
        return OptionalLong.of(now);
    }
}
