package org.rawafid.store;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A number that moves whenever the stored data changes, whoever changed it: another node of a
 * cluster, {@code rawafid fetch} or {@code rawafid prune} run beside the service, or a second process
 * on the same SQLite file. The service reads it about once a second and drops its rendered pages when
 * it moved, so a page is never served older than the data (SPEC §4).
 *
 * <ul>
 *   <li>PostgreSQL: a statement trigger on {@code item} and {@code story} advances a one-row counter
 *       (migration {@code postgresql/V4__change_counter.sql}).</li>
 *   <li>SQLite: {@code PRAGMA data_version} on one kept connection of its own, outside the pool. SQLite
 *       changes that value for a connection whenever any <em>other</em> connection (of this process or
 *       another) commits, and reading it costs no I/O beyond the shared-memory index.</li>
 * </ul>
 *
 * <p>Not thread-safe: one poller per process. Close it to release the SQLite connection.
 */
public final class ChangeCounter implements AutoCloseable {
    private final JdbcClient jdbc;
    private final Connection kept;
    private long seen = Long.MIN_VALUE;

    public ChangeCounter(Database database) {
        Objects.requireNonNull(database, "database");
        if (database.dialect() == Database.Dialect.POSTGRESQL) {
            this.jdbc = database.jdbc();
            this.kept = null;
        } else {
            this.jdbc = null;
            this.kept = database.openUnpooledConnection();
        }
    }

    /** The counter now. */
    public long current() {
        if (jdbc != null) {
            return jdbc.sql("SELECT value FROM change_counter WHERE id = 1").query(Long.class).single();
        }
        try (Statement st = kept.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("store: cannot read the data version: " + e.getMessage(), e);
        }
    }

    /** The counter if it moved since the last call (the first call always reports), else empty. */
    public OptionalLong moved() {
        long now = current();
        if (now == seen) {
            return OptionalLong.empty();
        }
        seen = now;
        return OptionalLong.of(now);
    }

    @Override
    public void close() {
        if (kept != null) {
            try {
                kept.close();
            } catch (SQLException e) {
                // closing a read-only connection that holds no transaction: nothing to lose
            }
        }
    }
}
