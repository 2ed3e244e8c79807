package org.rawafid.refresh;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many refreshes may do CPU-bound work (parse, clean, fingerprint, index entry) at once: as many
 * as the machine has cores. The scheduler runs 64 refreshes at once so that slow servers overlap;
 * unbounded, 64 threads parsing and cleaning shared two cores with the thread holding the write lock,
 * the one step every item passes in turn, and with the JIT compiler threads, and each of those got
 * one share in 65. The writer held the lock 2.4 times as long as its own CPU took (13.4 s held for
 * 5.9 s of CPU, cold 500×30 first poll), and the compiler's code came later (issue 14, eighth round).
 *
 * <p>A thread gives its slot back whenever it waits: on the network ({@link #waiting}: a linked
 * document, a full-text page, robots.txt) and for the write lock ({@link Held#close} before the
 * write). Slots go in arrival order. Thread-safe.
 */
final class CpuSlots {
    /** The default: one slot per core the JVM may use. */
    static final int CORES = Runtime.getRuntime().availableProcessors();

    private final Semaphore slots;
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> Boolean.FALSE);

    CpuSlots(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("CPU slots must be at least 1, got " + count);
        }
        this.slots = new Semaphore(count, true);
    }

    /** A slot held by the calling thread; closing it (once or more) gives it back. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes a slot, waiting for one if all are taken (an interrupt is kept for the caller, not
     * thrown: the work then runs and stops where it looks). A thread already holding one keeps it:
     * the inner {@link Held} gives nothing back.
     */
    Held take() {
        if (holding.get()) {
            return () -> { };
        }
        slots.acquireUninterruptibly();
        holding.set(Boolean.TRUE);
        return this::giveBack;
    }

    /** Runs {@code wait} (network I/O) without the calling thread's slot, if it holds one, and takes one again after. */
    <T> T waiting(Supplier<T> wait) {
        if (!holding.get()) {
            return wait.get();
        }
        giveBack();
        try {
            return wait.get();
        } finally {
            slots.acquireUninterruptibly();
            holding.set(Boolean.TRUE);
        }
    }

    private void giveBack() {
        if (holding.get()) {
            holding.set(Boolean.FALSE);
            slots.release();
        }
    }
}
