package org.rawafid.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class JitCpuTest {
    @Test
    void readsUserAndSystemTicksAfterTheLastParenthesisOfTheName() {
        String fields = " S 1 2 3 0 -1 4194368 10 0 0 0 731 42 0 0 20 0 30 0 55 0 0";

        assertThat(JitCpu.cpuTicks("4242 (C2 CompilerThre)" + fields)).isEqualTo(773);
        assertThat(JitCpu.cpuTicks("4243 (a) b (c)" + fields)).as("a name with spaces and parentheses")
                .isEqualTo(773);
    }

    @Test
    void countsOnlyHotSpotsCompilerThreads() {
        assertThat(JitCpu.isCompiler("C1 CompilerThre\n")).isTrue();
        assertThat(JitCpu.isCompiler("C2 CompilerThre\n")).isTrue();
        assertThat(JitCpu.isCompiler("GC Thread#0\n")).isFalse();
        assertThat(JitCpu.isCompiler("Sweeper thread\n")).isFalse();
        assertThat(JitCpu.isCompiler("main\n")).isFalse();
    }

    @Test
    void aThreadNewSinceTheStartCountsWholeAndAThreadGoneCountsNothing() {
        JitCpu start = new JitCpu(Map.of("10", 100L, "11", 50L, "12", 7L));
        JitCpu end = new JitCpu(Map.of("10", 130L, "11", 50L, "13", 5L));

        assertThat(end.nanosSince(start)).isEqualTo((30 + 0 + 5) * 10_000_000L);
        assertThat(start.nanosSince(start)).isZero();
    }

    @Test
    void findsTheCompilerThreadsOfThisJvmAndTheCpuTheyUsed() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux /proc");
        JitCpu none = new JitCpu(Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Optional<JitCpu> now = JitCpu.take();
        List<String> work = new ArrayList<>();
        // By now the JVM has compiled JUnit and this class's callers; give its compilers more to do
        // until they have used a 10 ms tick (a JVM never gets far without that).
        while (now.orElseThrow().nanosSince(none) == 0 && System.nanoTime() < deadline) {
            for (int i = 0; i < 10_000; i++) {
                work.add(String.format("%d-%s", i, Integer.toHexString(i * 31)).replace('-', '+'));
            }
            work.sort(null);
            work.clear();
            now = JitCpu.take();
        }

        assertThat(now).isPresent();
        assertThat(now.get().nanosSince(none)).as("CPU of C1 and C2 since the JVM started").isPositive();
    }
}
