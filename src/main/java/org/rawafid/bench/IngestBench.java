package org.rawafid.bench;

import org.rawafid.App;
import org.rawafid.config.Config;
import org.rawafid.config.ConfigException;
import org.rawafid.config.ConfigLoader;
import org.rawafid.config.Source;
import org.rawafid.refresh.RefreshReport;
import org.rawafid.schedule.FetchScheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code rawafid bench ingest}: serves a corpus over loopback HTTP and polls it twice into a
 * fresh database, through the same objects the service uses.
 *
 * <ol>
 *   <li><b>first</b>: the real {@link FetchScheduler} ({@link org.rawafid.Server#FETCH_THREADS} threads, as {@code serve}) with every
 *       source due at once, until each source has refreshed once — fetch, parse, clean, dedupe,
 *       store, all new;</li>
 *   <li><b>second</b>: every source refreshed again on a pool of the scheduler's size; the
 *       server answers 304 to the stored ETags, so this measures the cost of an idle poll.
 *       (Re-arming 2,000 Quartz triggers would only add the scheduler's own latency.)</li>
 * </ol>
 */
public final class IngestBench {
    /** As {@code serve}: the scheduler's thread count. */
    static final int THREADS = org.rawafid.Server.FETCH_THREADS;
    /** Loopback addresses to spread the feeds over, so the per-host limit of 2 does not bind. */
    static final int MAX_HOSTS = 64;

    private final Corpus corpus;
    private final Duration latency;
    private final Path workDir;
    private final HeapMeter heap = new HeapMeter();
    private final boolean searchIndex;

    public IngestBench(Corpus corpus, Duration latency, Path workDir) {
        this(corpus, latency, workDir, true);
    }

    /** @param searchIndex false: the items are stored without the search index (what it costs the pipeline) */
    public IngestBench(Corpus corpus, Duration latency, Path workDir, boolean searchIndex) {
        this.corpus = Objects.requireNonNull(corpus);
        this.latency = Objects.requireNonNull(latency);
        this.workDir = Objects.requireNonNull(workDir);
        this.searchIndex = searchIndex;
    }

    /** Runs both polls and returns their results, first then second. */
    public List<PhaseResult> run() {
        try (heap; FeedServer server = new FeedServer(corpus, latency, Math.min(MAX_HOSTS, corpus.feeds().size()))) {
            Path configFile = BenchConfig.write(workDir, server.urls());
            Config config = load(configFile);
            RefreshTally tally = new RefreshTally(config.sources().size());
            try (App app = searchIndex ? App.open(config, configFile, InstantSource.system(), tally)
                    : App.openWithoutSearchIndexForBench(config, configFile, InstantSource.system(), tally)) {
                PhaseResult first = firstPoll(app, config, tally);
                PhaseResult second = secondPoll(app, config, tally);
                return List.of(first, second);
            }
        }
    }

    private PhaseResult firstPoll(App app, Config config, RefreshTally tally) {
        prepare();
        Writes writes = Writes.of(app);
        long start = System.nanoTime();
        PhaseCpu cpu = new PhaseCpu();
        FetchScheduler scheduler = new FetchScheduler(app.refresher(), app.states(), InstantSource.system(),
                new Random(1), THREADS, Duration.ofMillis(1));
        try {
            scheduler.start(config.sources());
            tally.awaitAll();
        } finally {
            scheduler.close();
        }
        return result("first", config, tally.reports(), start, cpu, app, writes);
    }

    private PhaseResult secondPoll(App app, Config config, RefreshTally tally) {
        tally.restart();
        prepare();
        Writes writes = Writes.of(app);
        long start = System.nanoTime();
        PhaseCpu cpu = new PhaseCpu();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<RefreshReport>> runs = new ArrayList<>();
            for (Source s : config.sources()) {
                runs.add(pool.submit(() -> app.refresher().refresh(s)));
            }
            for (Future<RefreshReport> f : runs) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("bench: second poll failed", e);
        } finally {
            pool.shutdownNow();
        }
        return result("second", config, tally.reports(), start, cpu, app, writes);
    }

    private void prepare() {
        System.gc(); // start each phase from a collected heap, so its peak is its own
        heap.reset();
    }

    /** The write meters' totals at the start of a phase. */
    private record Writes(double transactions, double lockHeld, double lockCpu) {
        static Writes of(App app) {
            return new Writes(IngestBench.transactions(app), IngestBench.lockHeld(app), IngestBench.lockCpu(app));
        }
    }

    /** Write transactions committed so far (group-commit batches and single ones), from the app's meters. */
    private static double transactions(App app) {
        return counted(app, "rawafid.write.transactions");
    }

    /** Seconds the write lock was held so far (every kind of write transaction), from the app's meters. */
    private static double lockHeld(App app) {
        return app.registry().find("rawafid.write.lock.hold").timers().stream()
                .mapToDouble(t -> t.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) / 1e9).sum();
    }

    /** CPU seconds the lock's holders used while holding it so far, from the app's meters. */
    private static double lockCpu(App app) {
        return counted(app, "rawafid.write.lock.cpu");
    }

    /** The total so far of the app's counters named {@code name}, over all their tags. */
    private static double counted(App app, String name) {
        return app.registry().find(name).counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    private PhaseResult result(String phase, Config config, List<RefreshReport> reports, long startNanos,
                               PhaseCpu cpu, App app, Writes before) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double transactions = transactions(app) - before.transactions();
        double held = lockHeld(app) - before.lockHeld();
        double heldCpu = lockCpu(app) - before.lockCpu();
        long items = reports.stream().mapToLong(RefreshReport::newItems).sum();
        // On stderr, so the key=value line on stdout keeps its fields for the scripts that read it.
        // The lock's share of the wall time and per item: the serialized part of the write path; and how
        // much of the hold its holders spent on a core (the rest they waited: for a core, the disk).
        System.err.printf(java.util.Locale.ROOT, "bench: phase=%s write_transactions=%.0f tx_per_s=%.1f"
                        + " sources_per_tx=%.1f lock_held_s=%.2f lock_share=%.2f lock_us_per_item=%.0f"
                        + " lock_cpu_s=%.2f lock_cpu_of_held=%.2f%n", phase,
                transactions, transactions / seconds, transactions == 0 ? 0 : config.sources().size() / transactions,
                held, held / seconds, items == 0 ? 0 : held * 1e6 / items, heldCpu, held == 0 ? 0 : heldCpu / held);
        List<Double> millis = reports.stream().map(r -> r.duration().toNanos() / 1e6).toList();
        long failed = reports.stream().filter(RefreshReport::isFailure).count();
        if (failed > 0) {
            RefreshReport example = reports.stream().filter(RefreshReport::isFailure).findFirst().orElseThrow();
            System.err.println("bench: " + failed + " sources failed, e.g. " + example.sourceId() + ": "
                    + example.error());
        }
        return new PhaseResult(phase, config.sources().size(), items, seconds,
                PhaseResult.percentile(millis, 99), heap.peakMegabytes(), databaseMegabytes(), failed,
                cpu.processSeconds(), reports.stream().mapToLong(RefreshReport::merged).sum(), cpu.jitSeconds());
    }

    private double databaseMegabytes() {
        Path db = workDir.resolve("rawafid.db");
        return (size(db) + size(Path.of(db + "-wal"))) / (1024.0 * 1024.0);
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Config load(Path file) {
        try {
            return new ConfigLoader().load(file);
        } catch (ConfigException e) {
            throw new IllegalStateException("bench: generated configuration is invalid: " + e.getMessage(), e);
        }
    }
}
