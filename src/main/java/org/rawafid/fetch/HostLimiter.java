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
 *
 * <p>A host's slots live only while someone holds or waits for one: an idle host's semaphore
 * would be full, indistinguishable from a new one, so it is dropped when its last user leaves.
 * The map is therefore bounded by the callers in flight, however many hosts were ever fetched
 * (feeds, redirects, full-text pages).
 */
final class HostLimiter {
    /** Released by {@code close()}; use with try-with-resources. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** One host's slots and the number of callers holding or waiting for one; {@code users} changes only inside {@code compute}. */
    private static final class Slots {
        final Semaphore semaphore;
        int users;

        Slots(int perHost) {
            this.semaphore = new Semaphore(perHost, true);
        }
    }

    private final int perHost;
    private final Semaphore global;
    private final Map<String, Slots> hosts = new ConcurrentHashMap<>();

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
        String key = host.toLowerCase(Locale.ROOT);
        Slots slots = hosts.compute(key, (k, s) -> {
            Slots in = s == null ? new Slots(perHost) : s;
            in.users++;
            return in;
        });
        boolean holdsHost = false;
        boolean granted = false;
        try {
            long start = System.nanoTime();
            holdsHost = slots.semaphore.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
            long left = timeoutNanos - (System.nanoTime() - start);
            granted = holdsHost && global.tryAcquire(Math.max(0, left), TimeUnit.NANOSECONDS);
        } finally {
            if (!granted) {
                leave(key, slots, holdsHost);
            }
        }
        if (!granted) {
            return null;
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                global.release();
                leave(key, slots, true);
            }
        };
    }

    /** Hosts with a caller holding or waiting for a slot (for tests and the memory table in the README). */
    int trackedHosts() {
        return hosts.size();
    }

    private void leave(String key, Slots slots, boolean release) {
        if (release) {
            slots.semaphore.release();
        }
        hosts.computeIfPresent(key, (k, s) -> s != slots || --s.users > 0 ? s : null);
    }
}
