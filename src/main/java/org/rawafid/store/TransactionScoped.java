package org.rawafid.store;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State an owner keeps for the length of one Spring-managed write transaction (what it staged,
 * what it will write just before commit): bound to the transaction on first use, unbound when it
 * ends. The story index, the word counts and the search index each keep one.
 *
 * <p>State that implements {@link Savepoints} also follows the transaction's savepoints taken
 * through {@link #inSavepoint} (as group commit isolates each piece of work): it is told when one
 * is taken, released or rolled back, so it can drop what it staged since — a state first used
 * inside a savepoint is told of the savepoints already open, as if it had been there.
 */
public final class TransactionScoped {
    private TransactionScoped() {
    }

    /** Transaction-scoped state that drops what it staged since a savepoint that is rolled back. */
    public interface Savepoints {
        /** A savepoint was taken: what is staged from now on belongs to it. */
        void savepointTaken();

        /** The newest open savepoint was rolled back (and is gone): drop what was staged since it was taken. */
        void savepointRolledBack();

        /** The newest open savepoint was released: what was staged since it was taken stays. */
        void savepointReleased();
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
        if (created instanceof Savepoints follower) {
            Open open = open();
            for (int i = 0; i < open.depth; i++) {
                follower.savepointTaken();
            }
            open.followers.add(follower);
        }
        return created;
    }

    /**
     * Runs {@code body} inside a savepoint of the current transaction ({@code status}): released
     * when it returns, rolled back when it throws (then rethrown), the {@link Savepoints} state of
     * the transaction told either way.
     */
    public static <T> T inSavepoint(TransactionStatus status, Supplier<T> body) {
        Object savepoint = status.createSavepoint();
        Open open = open();
        open.depth++;
        open.followers.forEach(Savepoints::savepointTaken);
        T value;
        try {
            value = body.get();
        } catch (RuntimeException | Error e) {
            if (!(e instanceof VirtualMachineError)) { // after these nothing is certain: the whole transaction goes
                status.rollbackToSavepoint(savepoint);
                open.depth--;
                open.followers.forEach(Savepoints::savepointRolledBack);
            }
            throw e;
        }
        status.releaseSavepoint(savepoint);
        open.depth--;
        open.followers.forEach(Savepoints::savepointReleased);
        return value;
    }

    /** The current transaction's open savepoints and the state following them, bound on first use. */
    private static Open open() {
        Open open = (Open) TransactionSynchronizationManager.getResource(Open.class);
        if (open == null) {
            open = new Open();
            TransactionSynchronizationManager.bindResource(Open.class, open);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Open.class);
                }
            });
        }
        return open;
    }

    private static final class Open {
        int depth;
        final List<Savepoints> followers = new ArrayList<>(2);
    }
}
