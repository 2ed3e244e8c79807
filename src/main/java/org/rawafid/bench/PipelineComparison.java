package org.rawafid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the search index costs the whole ingest pipeline (issue 16's "ingest items/s with the index
 * vs without"): {@link IngestBench}'s first poll of one generated corpus into a fresh database,
 * once to warm the JIT (not counted), then without the index, with it, with it, without it —
 * alternated so the machine's noise falls on both alike — and the items/s and CPU per item of
 * each kind over its two runs.
 */
public final class PipelineComparison {
    private final int sources;
    private final int itemsPerSource;
    private final long seed;
    private final Path dir;

    public PipelineComparison(int sources, int itemsPerSource, long seed, Path dir) {
        if (sources < 1 || itemsPerSource < 1) {
            throw new IllegalArgumentException("bench: the pipeline comparison needs sources and items: "
                    + sources + " × " + itemsPerSource);
        }
        this.sources = sources;
        this.itemsPerSource = itemsPerSource;
        this.seed = seed;
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** One {@code phase=ingest …} line. */
    public String run() {
        try {
            Corpus corpus = Corpus.generate(sources, itemsPerSource, seed, Files.createDirectories(dir.resolve("feeds")));
            List<PhaseResult> plain = new ArrayList<>();
            List<PhaseResult> indexed = new ArrayList<>();
            // A first run warms the JIT and is not counted: measured from a cold start, the first of
            // the alternated runs would carry the compiler's warm-up alone.
            boolean[] order = {true, false, true, true, false};
            for (int i = 0; i < order.length; i++) {
                Path work = Files.createDirectories(dir.resolve("run" + i));
                PhaseResult first = new IngestBench(corpus, Duration.ZERO, work, order[i]).run().get(0);
                if (i > 0) {
                    (order[i] ? indexed : plain).add(first);
                }
            }
            double plainRate = rate(plain);
            double indexedRate = rate(indexed);
            return String.format(Locale.ROOT, "phase=ingest pipeline=fetch+parse+clean+stories+store sources=%d"
                            + " items=%d plain_items_per_s=%.0f indexed_items_per_s=%.0f slower_pct=%.1f"
                            + " plain_cpu_ms_per_item=%.2f indexed_cpu_ms_per_item=%.2f", sources,
                    corpus.items(), plainRate, indexedRate, 100 * (plainRate / indexedRate - 1), cpu(plain), cpu(indexed));
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot prepare the pipeline comparison in " + dir, e);
        }
    }

    /** Items per second over the runs together (total items / total seconds). */
    private static double rate(List<PhaseResult> runs) {
        return runs.stream().mapToLong(PhaseResult::items).sum() / runs.stream().mapToDouble(PhaseResult::seconds).sum();
    }

    private static double cpu(List<PhaseResult> runs) {
        return runs.stream().mapToDouble(PhaseResult::cpuSeconds).sum() * 1000
                / runs.stream().mapToLong(PhaseResult::items).sum();
    }
}
