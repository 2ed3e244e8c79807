package org.rawafid.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.Fingerprint;
import org.rawafid.dedupe.Fingerprinter;
import org.rawafid.dedupe.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Dedupe stage per item: normalise (NFKC, folding, stemming) and fingerprint title + lead. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FingerprintBench {
    private final Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
    private final List<Text> texts = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        Random r = new Random(7);
        for (int i = 0; i < 256; i++) {
            texts.add(new Text(Vocabulary.title(r), Vocabulary.sentence(r) + " " + Vocabulary.sentence(r)));
        }
    }

    @Benchmark
    public Fingerprint fingerprintItem() {
        return fingerprinter.fingerprint(texts.get(next++ % texts.size()));
    }
}
