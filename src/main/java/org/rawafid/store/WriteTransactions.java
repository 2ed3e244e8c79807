package org.rawafid.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs write transactions one at a time, in arrival order, and groups the writes of many
 * fetches into one transaction (group commit).
 *
 * <p><b>One writer at a time.</b> SQLite has one writer; its own busy handler polls rather than
 * queues, so under many concurrent fetches an unlucky writer could starve past the busy timeout.
 * A fair lock queues writers inside this process; the busy timeout remains for writers in other
 * processes ({@code rawafid fetch}, {@code prune}), which also keep working beside a batch.
 *
 * <p>On PostgreSQL, shared by several nodes, each write transaction also begins by taking one
 * transaction-scoped advisory lock ({@code pg_advisory_xact_lock}), released by its commit or
 * rollback: writers of the whole cluster then run one at a time, as on SQLite. Story
 * assignment needs that: it reads the recent items (LSH candidates, same canonical link) and
 * decides from them whether to start a story or join one, and no unique constraint can say
 * "no two stories about the same event"; two nodes deciding at once from the same snapshot
 * would both start one. A lock (and not a constraint plus retry) is the only correct choice.
 *
 * <p><b>Group commit.</b> {@link #writeInBatch} queues a piece of work (one fetch's items and
 * state, or one 304's state) and waits until a transaction holding it has committed. Whoever
 * holds the write lock drains the queue in arrival order into one transaction, until it holds
 * {@link #BATCH_ITEMS} items or has worked {@link #BATCH_WORK} (whichever first; one piece of
 * work is always taken, however big; see {@link #bound}) and wakes the callers whose work it
 * committed, which return at once; when it lets the lock go with work still queued it wakes
 * the caller of the queue's head, who writes the next batch. So a busy poll pays one begin, one advisory lock and one commit per batch instead of per source,
 * and the others' waiting fills the next batch. Each piece of work runs inside a savepoint: one
 * that throws is rolled back alone (with what it staged in memory for the transaction:
 * {@link TransactionScoped#inSavepoint}), its caller gets the exception, and the rest of the batch
 * commits. A failure of the transaction itself (the commit, the lock) reaches every caller of the
 * batch and stores none of it. Either way a piece of work is all stored or not at all, and
 * a caller returns only after its work is committed: a crash loses nothing reported as stored.
 *
 * <p>Both kinds of transaction run {@link #beforeEachBatch the batch hook} first, after the
 * cluster lock, and record in the meter registry: {@code rawafid_write_lock_hold_seconds{kind}}
 * (cluster lock taken → commit done; on SQLite the write transaction's length),
 * {@code rawafid_write_lock_cpu_seconds_total{kind}} (the holder's CPU over that span: a hold much longer
 * than its CPU waited for a core, the disk or the network),
 * {@code rawafid_write_batch_seconds{kind}} (in-process lock taken → commit done, including
 * the wait for the cluster lock), {@code rawafid_write_transactions_total{kind}}, per batch
 * {@code rawafid_write_batch_works} and {@code rawafid_write_batch_items}, and the gauge
 * {@code rawafid_write_queue}. Thread-safe.
 */
public final class WriteTransactions {
    /** The advisory lock's key: any constant no other application on the server uses ("rawafid"). */
    static final long CLUSTER_WRITE_LOCK = 0x7261776166696dL;
    /** A batch takes no further work once it holds this many items. */
    public static final int BATCH_ITEMS = 2_000;
    /** A batch takes no further work once it has run this long since the cluster lock was taken. */
    public static final Duration BATCH_WORK = Duration.ofMillis(50);

    private final TransactionTemplate tx;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Runnable clusterLock;
    private final Queue<Work<?>> queue = new ConcurrentLinkedQueue<>();
    private volatile int maxItems = BATCH_ITEMS;
    private volatile long maxWorkNanos = BATCH_WORK.toNanos();
    private volatile Runnable beforeEachBatch = () -> { };
    private volatile Runnable afterRollback = () -> { };
    private final Meters batchMeters;
    private final Meters singleMeters;
    private final DistributionSummary batchWorks;
    private final DistributionSummary batchItems;

    /** Meters in a registry of their own: for commands and tests that serve no {@code /metrics}. */
    public WriteTransactions(Database database) {
        this(database, new SimpleMeterRegistry());
    }

    public WriteTransactions(Database database, MeterRegistry registry) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(registry, "registry");
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        this.clusterLock = database.dialect() == Database.Dialect.POSTGRESQL
                ? () -> database.jdbc().sql("SELECT pg_advisory_xact_lock(?)").param(CLUSTER_WRITE_LOCK).query().singleRow()
                : () -> { };
        this.batchMeters = new Meters(registry, "batch");
        this.singleMeters = new Meters(registry, "single");
        this.batchWorks = DistributionSummary.builder("rawafid.write.batch.works")
                .description("Pieces of work (fetches, state saves) committed per group-commit transaction")
                .register(registry);
        this.batchItems = DistributionSummary.builder("rawafid.write.batch.items")
                .description("Items (plus one per source state) written per group-commit transaction")
                .register(registry);
        io.micrometer.core.instrument.Gauge.builder("rawafid.write.queue", queue, Queue::size)
                .description("Pieces of work waiting for a group-commit transaction").register(registry);
    }

    /** Pieces of work waiting for a batch right now (callers of {@link #writeInBatch} not yet committed, or failed). */
    public int queued() {
        return queue.size();
    }

    /**
     * Sets the bounds of a batch, {@link #BATCH_ITEMS} and {@link #BATCH_WORK} unless set: it takes no
     * further work once it holds {@code items} items or has run for {@code work}.
     */
    public void bound(int items, Duration work) {
        if (items < 1 || work.isNegative()) {
            throw new IllegalArgumentException("store: a batch bound must be positive: " + items + ", " + work);
        }
        this.maxItems = items;
        this.maxWorkNanos = work.toNanos();
    }

    /**
     * Sets what every write transaction runs first, right after the cluster lock (e.g. bringing an
     * in-memory index up to the rows other nodes committed). It runs inside the transaction; if it
     * throws, the transaction is rolled back and its callers get the exception.
     */
    public void beforeEachBatch(Runnable hook) {
        this.beforeEachBatch = Objects.requireNonNull(hook, "hook");
    }

    /**
     * Sets what runs, inside the lock, after writes were rolled back: one piece of work to its
     * savepoint (then still inside the batch's transaction), or a whole transaction. Anything
     * kept in memory about rows written since must be dropped there: rolled-back rows never
     * existed, and SQLite gives their ids to the next inserts.
     */
    public void afterRollback(Runnable hook) {
        this.afterRollback = Objects.requireNonNull(hook, "hook");
    }

    /** Runs {@code work} in a transaction of its own: committed when it returns, rolled back when it throws. */
    public <T> T write(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        lock.lock();
        long start = System.nanoTime();
        Hold held = new Hold();
        try {
            return tx.execute(status -> {
                clusterLock.run();
                held.begin();
                beforeEachBatch.run();
                return work.get();
            });
        } catch (RuntimeException | Error e) {
            rolledBack();
            throw e;
        } finally {
            singleMeters.record(start, held);
            unlockAndWakeNext();
        }
    }

    /**
     * Runs {@code work} in a transaction shared with other callers' work, isolated from theirs by
     * a savepoint, and returns its result once that transaction has committed; throws what it
     * threw (rolled back alone), or the transaction's failure (nothing of it stored). Called
     * inside a write transaction, it joins that one.
     *
     * @param items how many rows {@code work} writes, roughly (the batch's size bound counts them)
     */
    public <T> T writeInBatch(int items, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (lock.isHeldByCurrentThread()) {
            return work.get();
        }
        Work<T> mine = new Work<>(Math.max(1, items), work, Thread.currentThread());
        queue.add(mine);
        // Whoever holds the lock wakes us when our work is committed (or failed); when it lets the
        // lock go with work still queued it wakes the head's caller, who then writes the next batch.
        // So a caller whose work another committed returns at once, not after the next batch.
        boolean interrupted = false;
        while (!mine.done) {
            interrupted |= Thread.interrupted(); // a pending interrupt would make park() return at once
            if (tryLockFairly()) {
                try {
                    if (!mine.done) {
                        runBatch(); // takes the queue's head first: ours comes in one of these batches
                    }
                } finally {
                    unlockAndWakeNext();
                }
            } else if (!mine.done) {
                LockSupport.park(this);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.outcome();
    }

    /** Takes the lock if free and no {@link #write} caller waits for it (which then goes first). */
    private boolean tryLockFairly() {
        try {
            return lock.tryLock(0, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void unlockAndWakeNext() {
        lock.unlock();
        Work<?> head = queue.peek();
        if (head != null) {
            LockSupport.unpark(head.owner);
        }
    }

    /** Under the lock: one transaction with as much of the queue as the bounds allow. */
    private void runBatch() {
        List<Work<?>> batch = new ArrayList<>();
        long start = System.nanoTime();
        Hold held = new Hold();
        int[] items = {0};
        try {
            tx.execute(status -> {
                clusterLock.run();
                held.begin();
                beforeEachBatch.run();
                long until = held.at + maxWorkNanos;
                int most = maxItems;
                for (Work<?> next = queue.peek(); next != null; next = queue.peek()) {
                    if (!batch.isEmpty() && (items[0] + next.items > most || System.nanoTime() - until > 0)) {
                        break;
                    }
                    queue.poll(); // only the lock holder takes from the queue: the head is still `next`
                    batch.add(next);
                    items[0] += next.items;
                    next.runIsolated(status, afterRollback);
                }
                return null;
            });
        } catch (RuntimeException | Error e) {
            // The lock, the hook, the commit or a VM error: nothing of this transaction is stored.
            if (batch.isEmpty()) {
                Work<?> head = queue.poll(); // failing before any work was taken: the head gets the reason
                if (head != null) {
                    batch.add(head);
                }
            }
            rolledBack();
            batch.forEach(w -> w.fail(e));
            return;
        } finally {
            batchMeters.record(start, held);
            batchWorks.record(batch.size());
            batchItems.record(items[0]);
        }
        batch.forEach(Work::commit);
    }

    private void rolledBack() {
        try {
            afterRollback.run();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(WriteTransactions.class).error("store: after-rollback hook failed", e);
        }
    }

    /** One caller's work, its outcome published to the caller through the lock it takes afterwards. */
    private static final class Work<T> {
        final int items;
        final Thread owner;
        private final Supplier<T> body;
        private T value;
        private Throwable failure;
        volatile boolean done;

        Work(int items, Supplier<T> body, Thread owner) {
            this.items = items;
            this.body = body;
            this.owner = owner;
        }

        void runIsolated(TransactionStatus status, Runnable afterRollback) {
            try {
                value = TransactionScoped.inSavepoint(status, body);
            } catch (VirtualMachineError e) {
                throw e; // after these nothing is certain: the whole transaction goes
            } catch (RuntimeException | Error e) {
                afterRollback.run();
                failure = e;
            }
        }

        void commit() {
            done = true;
            LockSupport.unpark(owner);
        }

        void fail(Throwable e) {
            if (failure == null) {
                failure = e;
            }
            value = null;
            done = true;
            LockSupport.unpark(owner);
        }

        T outcome() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return value;
        }
    }

    /** When a transaction took the lock, by the clock and by its thread's CPU; unset until it does. */
    private static final class Hold {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final boolean CPU_KNOWN = THREADS.isCurrentThreadCpuTimeSupported()
                && THREADS.isThreadCpuTimeEnabled();
        long at = Long.MIN_VALUE;
        long cpuAt;

        void begin() {
            at = System.nanoTime();
            cpuAt = threadCpu();
        }

        boolean begun() {
            return at != Long.MIN_VALUE;
        }

        /** This thread's CPU time in nanoseconds, or 0 where the JVM does not measure it. */
        static long threadCpu() {
            return CPU_KNOWN ? THREADS.getCurrentThreadCpuTime() : 0;
        }
    }

    /** The timers and counters of one kind of transaction ({@code batch} or {@code single}). */
    private static final class Meters {
        private final Timer hold;
        private final Timer whole;
        private final Counter count;
        private final Counter holdCpu;

        Meters(MeterRegistry registry, String kind) {
            this.hold = Timer.builder("rawafid.write.lock.hold").tag("kind", kind).publishPercentileHistogram()
                    .description("Write lock held per transaction: cluster lock taken (PostgreSQL) or transaction"
                            + " begun (SQLite) until committed or rolled back")
                    .register(registry);
            this.whole = Timer.builder("rawafid.write.batch").tag("kind", kind)
                    .description("Write transaction from the in-process lock to commit, with the wait for the"
                            + " cluster lock")
                    .register(registry);
            this.count = Counter.builder("rawafid.write.transactions").tag("kind", kind)
                    .description("Write transactions run").register(registry);
            this.holdCpu = Counter.builder("rawafid.write.lock.cpu").tag("kind", kind).baseUnit("seconds")
                    .description("CPU the holder of the write lock used while holding it: against the hold time,"
                            + " how much of the hold was work rather than waiting for a core, a disk or the network")
                    .register(registry);
        }

        void record(long start, Hold held) {
            long cpuEnd = Hold.threadCpu(); // before the clock: the CPU's span lies within the hold's
            long end = System.nanoTime();
            whole.record(end - start, TimeUnit.NANOSECONDS);
            if (held.begun()) {
                hold.record(end - held.at, TimeUnit.NANOSECONDS);
                if (Hold.CPU_KNOWN) {
                    holdCpu.increment((cpuEnd - held.cpuAt) / 1e9);
                }
            }
            count.increment();
        }
    }
}
