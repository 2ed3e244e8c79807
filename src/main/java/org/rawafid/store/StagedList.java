package org.rawafid.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an owner stages for one write transaction, in order, following its savepoints
 * ({@link TransactionScoped.Savepoints}): what was added since a savepoint that is rolled back
 * goes with it. Keep it with {@link TransactionScoped#get}. Not thread-safe: one transaction is
 * one thread's.
 */
public final class StagedList<E> implements TransactionScoped.Savepoints {
    private final List<E> items = new ArrayList<>();
    private final ArrayDeque<Integer> savepoints = new ArrayDeque<>();

    public void add(E item) {
        items.add(item);
    }

    /** What is staged, oldest first (a view). */
    public List<E> items() {
        return Collections.unmodifiableList(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Drops everything (once written); the open savepoints then begin at the start. */
    public void clear() {
        items.clear();
        int open = savepoints.size();
        savepoints.clear();
        for (int i = 0; i < open; i++) {
            savepoints.push(0);
        }
    }

    @Override
    public void savepointTaken() {
        savepoints.push(items.size());
    }

    @Override
    public void savepointRolledBack() {
        items.subList(savepoints.pop(), items.size()).clear();
    }

    @Override
    public void savepointReleased() {
        savepoints.pop();
    }
}
