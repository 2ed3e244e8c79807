package org.rawafid.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time of this JVM's JIT compiler threads (C1 and C2), read from {@code /proc/self/task}: how
 * much of a phase's {@code cpu_s} went to compiling rather than to the pipeline (issue 14: "if
 * warm-up still dominates a one-minute run, say so with numbers"). The compiler threads are hidden
 * from {@code ThreadMXBean}, and {@code CompilationMXBean}'s total is the compilations' wall time,
 * which counts the time they waited for a core (twice their CPU on a busy two-core machine).
 *
 * <p>Linux only; elsewhere {@link #take} is empty. A compiler thread the JVM retires within the
 * phase (it adds and retires extra ones on machines with many cores) takes its CPU with it, so on
 * such machines the figure is a lower bound.
 */
final class JitCpu {
    /** The kernel reports a thread's CPU in USER_HZ ticks, 100 per second on Linux (proc(5)). */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    /** Each compiler thread's CPU so far, in ticks, by thread id. */
    private final Map<String, Long> ticks;

    JitCpu(Map<String, Long> ticks) {
        this.ticks = Map.copyOf(ticks);
    }

    /** The compiler threads' CPU now; empty where {@code /proc} does not tell it. */
    static Optional<JitCpu> take() {
        if (!Files.isDirectory(TASKS)) {
            return Optional.empty();
        }
        Map<String, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    if (isCompiler(Files.readString(task.resolve("comm")))) {
                        ticks.put(task.getFileName().toString(), cpuTicks(Files.readString(task.resolve("stat"))));
                    }
                } catch (IOException e) {
                    // the thread ended between the listing and the read: it is not counted
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new JitCpu(ticks));
    }

    /** Nanoseconds the compiler threads used since {@code earlier}: a thread new since then counts whole. */
    long nanosSince(JitCpu earlier) {
        long sum = 0;
        for (var e : ticks.entrySet()) {
            sum += Math.max(0, e.getValue() - earlier.ticks.getOrDefault(e.getKey(), 0L));
        }
        return sum * NANOS_PER_TICK;
    }

    /** HotSpot names them "C1 CompilerThread0", "C2 CompilerThread1", …; {@code comm} keeps 15 chars. */
    static boolean isCompiler(String comm) {
        String name = comm.strip();
        return name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
    }

    /**
     * User plus system ticks from a {@code stat} line: fields 14 and 15, counted after the name in
     * parentheses, which may itself hold spaces and parentheses (so from its last ')').
     */
    static long cpuTicks(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]);
    }
}
