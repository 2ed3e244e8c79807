package org.rawafid.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap of a phase: the sum of every heap pool's peak since {@link #reset()}. The pools peak
 * at different moments, so this is an upper bound of the true peak — the safe side for a budget.
 */
final class HeapMeter {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    double peakMegabytes() {
        long bytes = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return bytes / (1024.0 * 1024.0);
    }
}
