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
 */
public final class WriteTransactions {
    private final TransactionTemplate tx;
    private final ReentrantLock lock = new ReentrantLock(true);

    public WriteTransactions(Database database) {
        Objects.requireNonNull(database, "database");
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(Supplier<T> work) {
        lock.lock();
        try {
            return tx.execute(status -> work.get());
        } finally {
            lock.unlock();
        }
    }
}
