package org.rawafid.bench;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code rawafid bench parse-only}: Rome alone over the corpus bodies, on as many threads as
 * there are cores — the floor under the ingest pipeline, so its overhead is a ratio.
 *
 * <p>Calls Rome directly rather than {@code parse.FeedParser}: the point is the library's own
 * cost, without our mapping, repairs and date parsing (which belong to the pipeline's share).
 */
public final class ParseOnlyBench {
    private final Corpus corpus;
    private final int threads;
    private final HeapMeter heap = new HeapMeter();

    public ParseOnlyBench(Corpus corpus, int threads) {
        this.corpus = Objects.requireNonNull(corpus);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    public PhaseResult run() {
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        PhaseCpu cpu = new PhaseCpu();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long items = 0;
        long failed = 0;
        List<Double> millis = new ArrayList<>();
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            for (FeedFile f : corpus.feeds()) {
                runs.add(pool.submit(() -> parse(f)));
            }
            for (Future<long[]> run : runs) {
                long[] r = run.get();
                items += Math.max(0, r[0]);
                failed += r[0] < 0 ? 1 : 0;
                millis.add(r[1] / 1e6);
            }
        } catch (Exception e) {
            throw new IllegalStateException("bench: parse-only run failed", e);
        } finally {
            pool.shutdownNow();
        }
        heap.close();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new PhaseResult("parse-only", corpus.feeds().size(), items, seconds,
                PhaseResult.percentile(millis, 99), heap.peakMegabytes(), 0, failed,
                cpu.processSeconds(), 0, cpu.jitSeconds());
    }

    /** {entries or -1 on failure, nanoseconds}. */
    private static long[] parse(FeedFile file) {
        long t0 = System.nanoTime();
        long entries;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(new InputSource(new ByteArrayInputStream(file.bytes())));
            entries = feed.getEntries().size();
        } catch (FeedException | IllegalArgumentException e) {
            entries = -1;
        }
        return new long[]{entries, System.nanoTime() - t0};
    }
}
