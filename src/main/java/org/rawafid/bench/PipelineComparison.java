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
 * twice to warm the JIT (with and without the index, not counted), then {@code blocks} blocks of
 * without the index, with it, with it, without it — alternated so the machine's noise falls on
 * both alike — and the items/s and CPU per item of each kind over all its runs, with the median,
 * least and most of the blocks' own figures (one block alone swung from 13 % to 37 % on a quiet
 * machine: the spread says how far one figure can be trusted).
 */
public final class PipelineComparison {
    private final int sources;
    private final int itemsPerSource;
    private final long seed;
    private final Path dir;
    private final int blocks;

    public PipelineComparison(int sources, int itemsPerSource, long seed, Path dir, int blocks) {
        if (sources < 1 || itemsPerSource < 1 || blocks < 1) {
            throw new IllegalArgumentException("bench: the pipeline comparison needs sources, items and blocks: "
                    + sources + " × " + itemsPerSource + ", " + blocks + " blocks");
        }
        this.blocks = blocks;
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
            // Two first runs warm the JIT and are not counted: measured from a cold start, the first
            // of the alternated runs would carry the compiler's warm-up alone.
            ingest(corpus, true, "warm0");
            ingest(corpus, false, "warm1");
            List<Double> slower = new ArrayList<>();
            for (int b = 0; b < blocks; b++) {
                List<PhaseResult> blockPlain = new ArrayList<>();
                List<PhaseResult> blockIndexed = new ArrayList<>();
                boolean[] order = {false, true, true, false};
                for (int i = 0; i < order.length; i++) {
                    (order[i] ? blockIndexed : blockPlain).add(ingest(corpus, order[i], "run" + b + "-" + i));
                }
                slower.add(100 * (rate(blockPlain) / rate(blockIndexed) - 1));
                plain.addAll(blockPlain);
                indexed.addAll(blockIndexed);
            }
            slower.sort(null);
            double plainRate = rate(plain);
            double indexedRate = rate(indexed);
            return String.format(Locale.ROOT, "phase=ingest pipeline=fetch+parse+clean+stories+store sources=%d"
                            + " items=%d plain_items_per_s=%.0f indexed_items_per_s=%.0f slower_pct=%.1f"
                            + " plain_cpu_ms_per_item=%.2f indexed_cpu_ms_per_item=%.2f blocks=%d"
                            + " slower_pct_median=%.1f slower_pct_min=%.1f slower_pct_max=%.1f", sources,
                    corpus.items(), plainRate, indexedRate, 100 * (plainRate / indexedRate - 1), cpu(plain), cpu(indexed),
                    blocks, median(slower), slower.get(0), slower.get(slower.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot prepare the pipeline comparison in " + dir, e);
        }
    }

    /** One first poll into a fresh database under {@code name}, deleted after it. */
    private PhaseResult ingest(Corpus corpus, boolean searchIndex, String name) throws IOException {
        Path work = Files.createDirectories(dir.resolve(name));
        try {
            return new IngestBench(corpus, Duration.ZERO, work, searchIndex).run().get(0);
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
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
