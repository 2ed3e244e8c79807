package org.rawafid.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.cli.RawafidCommand;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    private static final Pattern LINE = Pattern.compile("phase=(\\S+) sources=(\\d+) items=(\\d+) seconds=[\\d.]+ "
            + "items_per_s=\\d+ p99_source_ms=\\d+ peak_heap_mb=\\d+ db_mb=[\\d.]+ failed=(\\d+) "
            + "cpu_s=([\\d.]+) cpu_ms_per_item=([\\d.]+) merged=(\\d+)( jit_cpu_s=([\\d.]+) jit_share=([\\d.]+))?");
    /** Where the bench can read the JIT compiler threads' CPU (Linux's {@code /proc}), it prints it. */
    private static final boolean JIT_KNOWN = Files.isDirectory(Path.of("/proc/self/task"));

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RawafidCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingestStoresEveryItemOnTheFirstPollAndNothingOnTheAll304Second() {
        Run r = run("bench", "ingest", "--sources", "5", "--items", "3", "--latency", "0");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(2);
        var first = LINE.matcher(r.lines().get(0));
        var second = LINE.matcher(r.lines().get(1));
        assertThat(first.matches()).as(r.lines().get(0)).isTrue();
        assertThat(second.matches()).as(r.lines().get(1)).isTrue();
        assertThat(List.of(first.group(1), first.group(2), first.group(3), first.group(4)))
                .containsExactly("first", "5", "15", "0");
        assertThat(List.of(second.group(1), second.group(2), second.group(3), second.group(4)))
                .containsExactly("second", "5", "0", "0");
        assertThat(r.lines().get(0)).doesNotContain("db_mb=0.0 ");
        assertThat(Double.parseDouble(first.group(6))).as("CPU per stored item").isPositive();
        if (JIT_KNOWN) {
            assertThat(first.group(8)).as("the JIT's CPU, on a system with /proc").isNotNull();
            // Both printed to 0.1 s, and the compilers' read in 10 ms ticks per thread.
            assertThat(Double.parseDouble(first.group(9))).as("the JIT's part of the phase's CPU")
                    .isLessThanOrEqualTo(Double.parseDouble(first.group(5)) + 0.15);
            assertThat(Double.parseDouble(first.group(10))).isBetween(0.0, 1.0);
        }
    }

    @Test
    void realisticCorpusRetellsStoriesThatIngestMerges() {
        Run r = run("bench", "ingest", "--realistic", "--sources", "8", "--items", "10", "--latency", "0");

        assertThat(r.code()).as(r.err()).isZero();
        var first = LINE.matcher(r.lines().get(0));
        assertThat(first.matches()).as(r.lines().get(0)).isTrue();
        assertThat(first.group(3)).isEqualTo("80");
        assertThat(Long.parseLong(first.group(7))).as("items that joined another outlet's story").isPositive();
    }

    @Test
    void parseOnlyCountsEveryEntryOfTheSameCorpus() {
        Run r = run("bench", "parse-only", "--sources", "4", "--items", "7");

        assertThat(r.code()).as(r.err()).isZero();
        var m = LINE.matcher(r.lines().get(0));
        assertThat(m.matches()).as(r.out()).isTrue();
        assertThat(List.of(m.group(1), m.group(2), m.group(3), m.group(4)))
                .containsExactly("parse-only", "4", "28", "0");
    }

    @Test
    void searchMeasuresTheStoreStepTheQueriesAndTheWholePipelineWithAndWithoutTheIndex() {
        Run r = run("bench", "search", "--items", "400", "--compare", "200", "--pipeline-sources", "2",
                "--pipeline-blocks", "2");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).extracting(l -> l.split(" ")[0])
                .containsExactly("phase=store", "phase=build", "phase=query", "phase=ingest");
        assertThat(r.lines().get(3)).matches("phase=ingest pipeline=fetch\\+parse\\+clean\\+stories\\+store sources=2"
                + " items=60 plain_items_per_s=[1-9]\\d* indexed_items_per_s=[1-9]\\d* slower_pct=-?[\\d.]+"
                + " plain_cpu_ms_per_item=[\\d.]+ indexed_cpu_ms_per_item=[\\d.]+ blocks=2"
                + " slower_pct_median=-?[\\d.]+ slower_pct_min=-?[\\d.]+ slower_pct_max=-?[\\d.]+");
    }

    @Test
    void jsonPrintsOneObjectPerPhase() {
        Run r = run("bench", "parse-only", "--sources", "2", "--items", "1", "--json");

        assertThat(r.out().strip()).startsWith("{\"phase\":\"parse-only\",\"sources\":2,\"items\":2,")
                .containsPattern("\"failed\":0,\"cpu_s\":[\\d.]+,\"cpu_ms_per_item\":[\\d.]+,\"merged\":0,"
                        + (JIT_KNOWN ? "\"jit_cpu_s\":[\\d.]+,\"jit_share\":[\\d.]+}$" : "\"jit_cpu_s\":null,\"jit_share\":null}$"));
    }

    @Test
    void readsAFolderWrittenLikeGenCorpus(@TempDir Path dir) throws Exception {
        for (FeedFile f : Corpus.generate(3, 2, 9).feeds()) {
            Files.write(dir.resolve(f.name()), f.bytes());
        }
        Files.writeString(dir.resolve("urls.txt"), "ignored\n");

        Run r = run("bench", "parse-only", "--corpus", dir.toString());

        assertThat(r.out()).contains("phase=parse-only sources=3 items=6 ");
    }
}
