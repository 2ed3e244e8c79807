package org.rawafid.fetch;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds requests in flight: at most {@code perHost} to one host and {@code total} overall.
 * Permits are always taken host first, then global, so two callers can never hold each
 * other's. Thread-safe.
 */
final class HostLimiter {
    /** Released by {@code close()}; use with try-with-resources. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int perHost;
    private final Semaphore global;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostLimiter(int total, int perHost) {
        this.perHost = perHost;
        this.global = new Semaphore(total, true);
    }

    /**
     * Waits up to {@code timeoutNanos} for a slot to {@code host}.
     *
     * @return the permit, or {@code null} when none came free in time
     */
    Permit acquire(String host, long timeoutNanos) throws InterruptedException {
        Semaphore hostSlots = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost, true));
        long start = System.nanoTime();
        if (!hostSlots.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
            return null;
        }
        long left = timeoutNanos - (System.nanoTime() - start);
        if (!global.tryAcquire(Math.max(0, left), TimeUnit.NANOSECONDS)) {
            hostSlots.release();
            return null;
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                global.release();
                hostSlots.release();
            }
        };
    }
}
