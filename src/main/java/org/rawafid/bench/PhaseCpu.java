package org.rawafid.bench;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/** The CPU a phase used from its start: the whole process's, and the JIT compilers' part of it. */
final class PhaseCpu {
    private final long processStart = processNanos();
    private final Optional<JitCpu> jitStart = JitCpu.take();

    /** CPU seconds the whole process used since the start (every thread, JIT and GC included). */
    double processSeconds() {
        return (processNanos() - processStart) / 1e9;
    }

    /** CPU seconds the JIT compiler threads used since the start; negative where that is unknown. */
    double jitSeconds() {
        return jitStart.flatMap(start -> JitCpu.take().map(now -> now.nanosSince(start) / 1e9)).orElse(-1.0);
    }

    /** CPU time used so far by this whole process, in nanoseconds (0 where the JVM cannot tell). */
    private static long processNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }
}
