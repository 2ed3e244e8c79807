package org.rawafid.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rawafid.clean.CleanHtml;
import org.rawafid.clean.HtmlCleaner;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Clean stage (jsoup) per item: a synthetic ~3 KB body, or a whole real article page of the
 * shared fixtures (far bigger: the worst case a full-text source hands the cleaner).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanBench {
    @Param({"synthetic", "fixture-pages"})
    String input;

    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final URI base = URI.create(BenchInputs.BASE + "/site/1/1");
    private List<String> bodies;
    private int next;

    @Setup
    public void setUp() {
        bodies = input.equals("synthetic") ? BenchInputs.syntheticBodies(64) : BenchInputs.fixturePages();
        if (bodies.isEmpty()) {
            throw new IllegalStateException("no input for " + input + " (is ../shared/fixtures present?)");
        }
    }

    @Benchmark
    public CleanHtml cleanItem() {
        String html = bodies.get(next++ % bodies.size());
        return cleaner.clean(html, base, "ar");
    }
}
