package org.rawafid.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseResultTest {
    private static PhaseResult result(double cpuSeconds, double jitCpuSeconds) {
        return new PhaseResult("first", 500, 15_000, 20, 4_000, 300, 100, 0, cpuSeconds, 3, jitCpuSeconds);
    }

    @Test
    void printsTheJitsCpuAndItsShareOfTheWholeAfterTheOtherFields() {
        PhaseResult r = result(40, 12.3);

        assertThat(r.jitShare()).isEqualTo(12.3 / 40);
        assertThat(r.line()).endsWith(" cpu_s=40.0 cpu_ms_per_item=2.67 merged=3 jit_cpu_s=12.3 jit_share=0.31");
        assertThat(r.json()).endsWith(",\"merged\":3,\"jit_cpu_s\":12.30,\"jit_share\":0.308}");
    }

    @Test
    void leavesTheJitOutOfTheLineWhereItIsUnknown() {
        PhaseResult r = result(40, -1);

        assertThat(r.jitKnown()).isFalse();
        assertThat(r.jitShare()).isZero();
        assertThat(r.line()).endsWith(" merged=3").doesNotContain("jit");
        assertThat(r.json()).endsWith(",\"jit_cpu_s\":null,\"jit_share\":null}");
    }

    @Test
    void aPhaseWithoutCpuHasNoShare() {
        assertThat(result(0, 0).jitShare()).isZero();
        assertThat(result(0.5, 0.6).jitShare()).as("ticks may round past the process's own figure").isEqualTo(1);
    }
}
