package org.rawafid.store;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rawafid.model.SourceState;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit: many callers' work in one transaction, each isolated by a savepoint. The works are
 * made to queue up behind a transaction that holds the write lock until they all wait, so what
 * one batch holds does not depend on thread timing.
 */
class WriteTransactionsTest extends BackendTest {
    private static final int WORKS = 40;

    Database db;
    PrometheusMeterRegistry registry;
    private WriteTransactions tx;
    SourceStateRepository states;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        db = database().db();
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        tx = new WriteTransactions(db, registry);
        tx.bound(WriteTransactions.BATCH_ITEMS, Duration.ofMinutes(1)); // what a batch holds: not the machine's speed
        states = new SourceStateRepository(db.jdbc());
        pool = Executors.newFixedThreadPool(WORKS + 1); // the works and the lock holder
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    /** Submits work i for i in 0..n-1 from n threads while the lock is held, and releases it once all wait. */
    List<Future<Object>> queueBehindTheLock(int n, IntFunction<Supplier<Object>> work) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> tx.write(() -> {
            locked.countDown();
            await(release);
            return null;
        }));
        locked.await();
        List<Future<Object>> calls = new ArrayList<>();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        for (int i = 0; i < n; i++) {
            Supplier<Object> w = work.apply(i);
            calls.add(pool.submit(() -> tx.writeInBatch(1, w)));
            // One at a time: the queue is in arrival order, and the tests name works by their place in it.
            while (tx.queued() < i + 1) {
                assertThat(System.nanoTime()).as("write " + i + " queued").isLessThan(deadline);
                java.util.concurrent.locks.LockSupport.parkNanos(100_000);
            }
        }
        release.countDown();
        holder.get();
        return calls;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Supplier<Object> saveState(int i) {
        return () -> {
            states.save(SourceState.fresh("s" + i));
            return "s" + i;
        };
    }

    private long stored() {
        return db.jdbc().sql("SELECT count(*) FROM source_state").query(Long.class).single();
    }

    double transactions(String kind) {
        return registry.get("rawafid.write.transactions").tag("kind", kind).counter().count();
    }

    @Test
    void stateKeptForTheTransactionDropsWhatAPieceOfWorkThatThrewStaged() throws Exception {
        Object owner = new Object();
        List<List<String>> committed = new java.util.concurrent.CopyOnWriteArrayList<>();
        IntFunction<Supplier<Object>> work = i -> () -> {
            StagedList<String> staged = TransactionScoped.get(owner, StagedList::new,
                    s -> committed.add(List.copyOf(s.items())), s -> { });
            staged.add("w" + i);
            TransactionScoped.inSavepoint(currentStatus(), () -> { // a nested savepoint, released
                staged.add("n" + i);
                return null;
            });
            if (i == 1) {
                throw new IllegalStateException("work 1 fails");
            }
            saveState(i).get();
            return "s" + i;
        };
        List<Future<Object>> calls = queueBehindTheLock(3, work);

        assertThat(calls.get(0).get()).isEqualTo("s0");
        assertThatThrownBy(() -> calls.get(1).get()).hasRootCauseMessage("work 1 fails");
        assertThat(calls.get(2).get()).isEqualTo("s2");
        // The first work created the state inside its savepoint; the failed one's values went with it.
        assertThat(committed).containsExactly(List.of("w0", "n0", "w2", "n2"));
        assertThat(stored()).isEqualTo(2);
    }

    /** A status taking part in the transaction the current thread is in (savepoints on its connection). */
    private org.springframework.transaction.TransactionStatus currentStatus() {
        return new org.springframework.jdbc.datasource.DataSourceTransactionManager(db.dataSource())
                .getTransaction(org.springframework.transaction.TransactionDefinition.withDefaults());
    }

    @Test
    void manyCallersShareOneTransactionAndEachGetsItsResultAfterTheCommit() throws Exception {
        List<Future<Object>> calls = queueBehindTheLock(WORKS, this::saveState);

        for (int i = 0; i < WORKS; i++) {
            assertThat(calls.get(i).get()).isEqualTo("s" + i);
        }
        assertThat(stored()).isEqualTo(WORKS);
        assertThat(transactions("batch")).as("%d works, one transaction", WORKS).isEqualTo(1);
        assertThat(registry.get("rawafid.write.batch.works").summary().max()).isGreaterThan(1);
        assertThat(tx.queued()).isZero();
    }

    @Test
    void aWorkThatThrowsIsRolledBackAloneAndTheRestOfItsBatchCommits() throws Exception {
        AtomicInteger rollbacks = new AtomicInteger();
        tx.afterRollback(rollbacks::incrementAndGet);
        List<Future<Object>> calls = queueBehindTheLock(WORKS, i -> i == 7
                ? () -> {
                    states.save(SourceState.fresh("s7")); // written, then undone with its savepoint
                    throw new IllegalStateException("boom in source 7");
                }
                : i == 21
                ? () -> {
                    states.save(SourceState.fresh("s21"));
                    // a database error: on PostgreSQL it aborts the transaction up to the savepoint
                    db.jdbc().sql("INSERT INTO no_such_table VALUES (1)").update();
                    return "s21";
                }
                : saveState(i));

        for (int i = 0; i < WORKS; i++) {
            Future<Object> call = calls.get(i);
            if (i == 7) {
                assertThatThrownBy(call::get).isInstanceOf(ExecutionException.class).cause()
                        .isInstanceOf(IllegalStateException.class).hasMessage("boom in source 7");
            } else if (i == 21) {
                assertThatThrownBy(call::get).isInstanceOf(ExecutionException.class);
            } else {
                assertThat(call.get()).isEqualTo("s" + i);
            }
        }
        assertThat(stored()).isEqualTo(WORKS - 2);
        assertThat(states.find("s7")).isEmpty();
        assertThat(states.find("s21")).isEmpty();
        assertThat(transactions("batch")).as("in one batch with the others").isEqualTo(1);
        assertThat(rollbacks.get()).isEqualTo(2);
    }

    @Test
    void theHookRunsFirstInEveryTransactionAndItsFailureStoresNothingOfTheBatch() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        tx.beforeEachBatch(() -> {
            if (runs.incrementAndGet() == 2) { // the first batch after the holder's transaction
                throw new IllegalStateException("hook failed");
            }
        });
        List<Future<Object>> calls = queueBehindTheLock(3, this::saveState);

        assertThatThrownBy(calls.get(0)::get).cause().hasMessage("hook failed");
        assertThat(calls.get(1).get()).isEqualTo("s1");
        assertThat(calls.get(2).get()).isEqualTo("s2");
        assertThat(states.find("s0")).isEmpty();
        assertThat(stored()).isEqualTo(2);
        assertThat(runs.get()).isEqualTo((int) (transactions("batch") + transactions("single")));
    }

    @Test
    void aBatchStopsAtItsItemBound() throws Exception {
        tx.bound(3, Duration.ofMinutes(1));
        for (Future<Object> call : queueBehindTheLock(10, this::saveState)) {
            call.get();
        }

        assertThat(transactions("batch")).as("3 + 3 + 3 + 1").isEqualTo(4);
        assertThat(stored()).isEqualTo(10);
    }

    @Test
    void aBatchStopsAtItsTimeBoundButAlwaysTakesOneWork() throws Exception {
        tx.bound(WriteTransactions.BATCH_ITEMS, Duration.ZERO);
        for (Future<Object> call : queueBehindTheLock(5, this::saveState)) {
            call.get();
        }

        assertThat(transactions("batch")).isEqualTo(5);
        assertThat(stored()).isEqualTo(5);
    }

    @Test
    void aWriteInsideAWriteJoinsIt() {
        Object result = tx.write(() -> tx.writeInBatch(1, saveState(1)));

        assertThat(result).isEqualTo("s1");
        assertThat(stored()).isEqualTo(1);
        assertThat(transactions("batch")).isZero();
    }

    @Test
    void theHoldersCpuIsMeteredApartFromItsWaiting() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.isCurrentThreadCpuTimeSupported()
                && threads.isThreadCpuTimeEnabled(), "this JVM measures no thread CPU time");

        tx.write(() -> {
            long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
            for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                java.util.concurrent.locks.LockSupport.parkNanos(left); // waiting, not working (may wake early)
            }
            return null;
        });
        tx.writeInBatch(1, () -> {
            long from = threads.getCurrentThreadCpuTime();
            long spins = 0;
            while (threads.getCurrentThreadCpuTime() - from < Duration.ofMillis(100).toNanos()) {
                spins++; // working
            }
            return spins;
        });

        double waitedHold = hold("single");
        double workedHold = hold("batch");
        assertThat(waitedHold).isGreaterThanOrEqualTo(0.3);
        assertThat(lockCpu("single")).isLessThan(waitedHold / 3);
        assertThat(lockCpu("batch")).isGreaterThanOrEqualTo(0.1).isLessThanOrEqualTo(workedHold);
        assertThat(registry.scrape()).contains("rawafid_write_lock_cpu_seconds_total{kind=\"batch\"}");
    }

    private double hold(String kind) {
        return registry.get("rawafid.write.lock.hold").tag("kind", kind).timer()
                .totalTime(java.util.concurrent.TimeUnit.SECONDS);
    }

    private double lockCpu(String kind) {
        return registry.get("rawafid.write.lock.cpu").tag("kind", kind).counter().count();
    }

    @Test
    void lockHoldTimeAndBatchSizesAreInTheMetrics() throws Exception {
        queueBehindTheLock(5, this::saveState).forEach(f -> {
            try {
                f.get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        String text = registry.scrape();

        assertThat(text).contains("rawafid_write_lock_hold_seconds_count{kind=\"batch\"}")
                .contains("rawafid_write_lock_hold_seconds_count{kind=\"single\"} 1")
                .contains("rawafid_write_batch_seconds_count{kind=\"batch\"}")
                .contains("rawafid_write_transactions_total{kind=\"batch\"}")
                .contains("rawafid_write_batch_works_sum 5")
                .contains("rawafid_write_queue 0");
    }
}
