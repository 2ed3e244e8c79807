package org.rawafid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap in use during a phase, sampled every 10 ms on a daemon thread. (Summing each
 * pool's own peak overstates it, even past {@code -Xmx}: the pools peak at different moments.)
 * A sample can miss a short spike just before a collection, so read it as ±one young generation.
 */
final class HeapMeter implements AutoCloseable {
    private static final long PERIOD_MS = 10;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    HeapMeter() {
        sampler = new Thread(this::sample, "bench-heap-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void reset() {
        peak.set(memory.getHeapMemoryUsage().getUsed());
    }

    double peakMegabytes() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get() / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
