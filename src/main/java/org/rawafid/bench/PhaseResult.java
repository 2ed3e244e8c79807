package org.rawafid.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one measured phase did.
 *
 * @param phase        {@code first}, {@code second} or {@code parse-only}
 * @param items        items the phase handled (parsed, or stored as new)
 * @param p99SourceMs  99th percentile of one source's time, in milliseconds
 * @param dbMegabytes  database file plus WAL after the phase (0 when there is none)
 * @param failed       sources whose refresh (or parse) failed; a valid run has none
 * @param cpuSeconds   CPU time the whole process used during the phase (every thread, JIT and GC included)
 * @param merged       items that joined another outlet's story (0 for parse-only)
 * @param jitCpuSeconds the part of {@code cpuSeconds} the JIT compiler threads used ({@link JitCpu});
 *                      negative where that is unknown (not Linux)
 */
public record PhaseResult(String phase, int sources, long items, double seconds, double p99SourceMs,
                          double peakHeapMb, double dbMegabytes, long failed, double cpuSeconds, long merged,
                          double jitCpuSeconds) {
    public PhaseResult {
        Objects.requireNonNull(phase, "phase");
        if (sources < 0 || items < 0 || seconds < 0 || failed < 0 || cpuSeconds < 0) {
            throw new IllegalArgumentException("counts and time must not be negative");
        }
    }

    public double itemsPerSecond() {
        return seconds == 0 ? 0 : items / seconds;
    }

    /** Process CPU time per handled item, in milliseconds (issue 14's budget is 1 ms); 0 for no items. */
    public double cpuMsPerItem() {
        return items == 0 ? 0 : cpuSeconds * 1000 / items;
    }

    /** Whether {@link #jitCpuSeconds} was measured. */
    public boolean jitKnown() {
        return jitCpuSeconds >= 0;
    }

    /** The JIT compilers' share of the phase's CPU (0 when unknown or no CPU was measured). */
    public double jitShare() {
        return jitKnown() && cpuSeconds > 0 ? Math.min(1, jitCpuSeconds / cpuSeconds) : 0;
    }

    /**
     * {@code phase=first sources=… items=… seconds=… items_per_s=… p99_source_ms=… peak_heap_mb=… db_mb=… failed=…
     * cpu_s=… cpu_ms_per_item=… merged=… jit_cpu_s=… jit_share=…} (the last two only where the JIT's CPU is known).
     */
    public String line() {
        return String.format(Locale.ROOT, "phase=%s sources=%d items=%d seconds=%.2f items_per_s=%.0f "
                        + "p99_source_ms=%.0f peak_heap_mb=%.0f db_mb=%.1f failed=%d cpu_s=%.1f cpu_ms_per_item=%.2f "
                        + "merged=%d",
                phase, sources, items, seconds, itemsPerSecond(), p99SourceMs, peakHeapMb, dbMegabytes, failed,
                cpuSeconds, cpuMsPerItem(), merged)
                + (jitKnown() ? String.format(Locale.ROOT, " jit_cpu_s=%.1f jit_share=%.2f", jitCpuSeconds, jitShare())
                : "");
    }

    public String json() {
        return String.format(Locale.ROOT, "{\"phase\":\"%s\",\"sources\":%d,\"items\":%d,\"seconds\":%.3f,"
                        + "\"items_per_s\":%.1f,\"p99_source_ms\":%.1f,\"peak_heap_mb\":%.1f,\"db_mb\":%.2f,\"failed\":%d,"
                        + "\"cpu_s\":%.2f,\"cpu_ms_per_item\":%.3f,\"merged\":%d,\"jit_cpu_s\":%s,\"jit_share\":%s}",
                phase, sources, items, seconds, itemsPerSecond(), p99SourceMs, peakHeapMb, dbMegabytes, failed,
                cpuSeconds, cpuMsPerItem(), merged,
                jitKnown() ? String.format(Locale.ROOT, "%.2f", jitCpuSeconds) : "null",
                jitKnown() ? String.format(Locale.ROOT, "%.3f", jitShare()) : "null");
    }

    /** Nearest-rank percentile of durations in milliseconds; 0 for none. */
    static double percentile(List<Double> millis, double p) {
        if (millis.isEmpty()) {
            return 0;
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
