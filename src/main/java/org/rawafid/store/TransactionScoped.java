package org.rawafid.store;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State an owner keeps for the length of one Spring-managed write transaction (what it staged,
 * what it will write just before commit): bound to the transaction on first use, unbound when it
 * ends. The story index, the word counts and the search index each keep one.
 */
public final class TransactionScoped {
    private TransactionScoped() {
    }

    /**
     * The state {@code owner} bound to the current transaction, created by {@code create} on first
     * use with {@code beforeCommit} to run just before the transaction commits and
     * {@code afterCommit} once it has (after the state is unbound); null outside a transaction.
     */
    public static <T> T get(Object owner, Supplier<T> create, Consumer<T> beforeCommit, Consumer<T> afterCommit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T bound = (T) TransactionSynchronizationManager.getResource(owner);
        if (bound != null) {
            return bound;
        }
        T created = create.get();
        TransactionSynchronizationManager.bindResource(owner, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                beforeCommit.accept(created);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                if (status == STATUS_COMMITTED) {
                    afterCommit.accept(created);
                }
            }
        });
        return created;
    }
}
