package org.rawafid.cli;

import org.rawafid.bench.Corpus;
import org.rawafid.bench.IngestBench;
import org.rawafid.bench.ParseOnlyBench;
import org.rawafid.bench.PhaseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code rawafid bench ingest | parse-only}: throughput figures for the README's Performance section. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest throughput on synthetic feeds (see README, Performance).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.ParseOnly.class, BenchCommand.Search.class})
final class BenchCommand {

    /** The corpus options both benchmarks share. */
    /** {@code --realistic [--words DIR]}: texts from real words (bench/RealisticTexts) instead of the generator's. */
    static final class RealWords {
        @Option(names = "--realistic", description = {"Texts from real words with Zipf frequencies instead of the",
                "generator's ~250; for ingest a quarter of the items retell another feed's story up to 6 h later."})
        boolean realistic;
        @Option(names = "--words", paramLabel = "DIR", defaultValue = "../shared/fixtures/neardup/ans",
                description = "With --realistic: folder of CSV files whose words are used (default: ${DEFAULT-VALUE}).")
        Path words;
    }

    static final class CorpusOptions {
        @Option(names = "--sources", paramLabel = "N", defaultValue = "500", description = "Feeds to generate (default: ${DEFAULT-VALUE}).")
        int sources;
        @Option(names = "--items", paramLabel = "M", defaultValue = "30", description = "Items per feed (default: ${DEFAULT-VALUE}).")
        int items;
        @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--corpus", paramLabel = "DIR", description = "Read feeds written by gen_corpus.py instead of generating them.")
        Path corpus;
        @Option(names = "--json", description = "Print one JSON object per phase instead of key=value.")
        boolean json;
        @Mixin
        RealWords real;

        /** The corpus in memory (what parse-only parses). */
        Corpus load() {
            return load(null);
        }

        /**
         * The corpus to serve: generated into {@code dir}, or the {@code --corpus} folder's files,
         * so the feeds are not in the heap of the process measured (in memory when {@code dir} is null).
         */
        Corpus load(Path dir) {
            if (corpus != null) {
                return Corpus.read(corpus, dir == null);
            }
            return real.realistic ? Corpus.realistic(sources, items, seed, real.words, dir)
                    : Corpus.generate(sources, items, seed, dir);
        }

        int print(List<PhaseResult> results, PrintWriter out) {
            results.forEach(r -> out.println(json ? r.json() : r.line()));
            out.flush();
            return results.stream().anyMatch(r -> r.failed() > 0) ? 1 : 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Serve the feeds over loopback HTTP, poll them all through the scheduler and pipeline into a"
                    + " fresh database, then poll again (all 304). One line per phase. Exit 1 if any source failed.")
    static final class Ingest implements Callable<Integer> {
        @Mixin
        CorpusOptions options;
        @Option(names = "--latency", paramLabel = "MS", defaultValue = "0", description = "Server delay per response (default: ${DEFAULT-VALUE}).")
        long latencyMs;
        @Option(names = "--without-search-index", description = "Bench only: store the items without the search index"
                + " (no terms computed, nothing searchable), to compare what the index costs the pipeline.")
        boolean withoutSearchIndex;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Path dir = tempDir();
            try {
                Path feeds = Files.createDirectory(dir.resolve("feeds"));
                Corpus corpus = options.load(feeds);
                return options.print(new IngestBench(corpus, Duration.ofMillis(latencyMs), dir, !withoutSearchIndex).run(),
                        spec.commandLine().getOut());
            } finally {
                delete(dir);
            }
        }
    }

    @Command(name = "parse-only", mixinStandardHelpOptions = true,
            description = "Parse the same feeds with Rome alone, on every core; the same fields as ingest.")
    static final class ParseOnly implements Callable<Integer> {
        @Mixin
        CorpusOptions options;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Corpus corpus = options.load();
            PhaseResult r = new ParseOnlyBench(corpus, Runtime.getRuntime().availableProcessors()).run();
            return options.print(List.of(r), spec.commandLine().getOut());
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Build a database of synthetic Arabic items with the search index, compare storing with and"
                    + " without the index, then time 1,000 queries (first page of 50 hits). One line per phase.")
    static final class Search implements Callable<Integer> {
        @Option(names = "--items", paramLabel = "N", defaultValue = "100000",
                description = "Items in the database (default: ${DEFAULT-VALUE}).")
        int items;
        @Option(names = "--compare", paramLabel = "N", defaultValue = "20000",
                description = "Items stored with and without the index to compare (default: ${DEFAULT-VALUE}).")
        int compare;
        @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default: ${DEFAULT-VALUE}).")
        long seed;
        @Mixin
        RealWords real;
        @Option(names = "--keep", paramLabel = "DIR", description = {"Build the databases in this new folder and keep",
                "them (to look at query plans); default: a temporary folder, deleted."})
        Path keep;
        @Option(names = "--pipeline-sources", paramLabel = "N", defaultValue = "200",
                description = {"Also ingest N generated feeds of 30 items through the whole pipeline with and without",
                        "the index, after two warm-up runs (0: skip; default: ${DEFAULT-VALUE})."})
        int pipelineSources;
        @Option(names = "--pipeline-blocks", paramLabel = "N", defaultValue = "3",
                description = {"Blocks of four pipeline runs (without, with, with, without the index) whose",
                        "median, least and most slowdown are printed too (default: ${DEFAULT-VALUE})."})
        int pipelineBlocks;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            Path dir = keep == null ? tempDir() : java.nio.file.Files.createDirectories(keep);
            try {
                PrintWriter out = spec.commandLine().getOut();
                new org.rawafid.bench.SearchBench(items, compare, seed, dir, real.realistic ? real.words : null).run().forEach(out::println);
                out.flush();
                if (pipelineSources > 0) {
                    out.println(new org.rawafid.bench.PipelineComparison(pipelineSources, 30, seed,
                            dir.resolve("pipeline"), pipelineBlocks).run());
                    out.flush();
                }
                return 0;
            } finally {
                if (keep == null) {
                    delete(dir);
                }
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("rawafid-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot create a temporary folder", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp folder is harmless; the figures are already printed.
        }
    }
}
