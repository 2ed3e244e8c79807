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
import org.rawafid.model.ParsedFeed;
import org.rawafid.parse.FeedParser;
import org.rawafid.parse.ParseException;

import java.net.URI;
import java.util.concurrent.TimeUnit;

/** Parse stage (Rome behind {@code parse.FeedParser}) per 30-item feed of the synthetic corpus. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBench {
    @Param({"rss", "atom"})
    String format;

    private final FeedParser parser = new FeedParser();
    private byte[] body;

    @Setup
    public void setUp() {
        body = new CorpusGenerator(1).feeds(2, 30).get(format.equals("rss") ? 0 : 1).bytes();
    }

    @Benchmark
    public ParsedFeed parseFeed() throws ParseException {
        return parser.parse(body, null, URI.create(BenchInputs.BASE + "/feed.xml"));
    }
}
