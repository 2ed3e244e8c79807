package org.rawafid.store;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs write transactions one at a time, in arrival order. SQLite has one writer; its own
 * busy handler polls rather than queues, so under many concurrent fetches an unlucky writer
 * could starve past the busy timeout. A fair lock queues writers inside this process; the
 * busy timeout remains for writers in other processes ({@code rawafid fetch}, {@code prune}).
 *
 * <p>On PostgreSQL, shared by several nodes, each write transaction also begins by taking one
 * transaction-scoped advisory lock ({@code pg_advisory_xact_lock}), released by its commit or
 * rollback: writers of the whole cluster then run one at a time, as on SQLite. Story
 * assignment needs that: it reads the recent items (LSH candidates, same canonical link) and
 * decides from them whether to start a story or join one, and no unique constraint can say
 * "no two stories about the same event"; two nodes deciding at once from the same snapshot
 * would both start one. A lock (and not a constraint plus retry) is the only correct choice.
 */
public final class WriteTransactions {
    /** The advisory lock's key: any constant no other application on the server uses ("rawafid"). */
    static final long CLUSTER_WRITE_LOCK = 0x7261776166696dL;

    private final TransactionTemplate tx;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Runnable begin;

    public WriteTransactions(Database database) {
        Objects.requireNonNull(database, "database");
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        this.begin = database.dialect() == Database.Dialect.POSTGRESQL
                ? () -> database.jdbc().sql("SELECT pg_advisory_xact_lock(?)").param(CLUSTER_WRITE_LOCK).query().singleRow()
                : () -> { };
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Supplier<T> work) {
        lock.lock();
        try {
            return tx.execute(status -> {
                begin.run();
                return work.get();
            });
        } finally {
            lock.unlock();
        }
    }
}
