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
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.publish.AlsoReport;
import org.rawafid.publish.EntryView;
import org.rawafid.publish.FeedView;
import org.rawafid.publish.FeedWriter;
import org.rawafid.publish.Format;
import org.rawafid.publish.Outlet;

import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Publish stage: one 50-entry merged feed page rendered in each output format. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBench {
    @Param({"RSS", "ATOM", "JSON", "HTML"})
    Format format;

    private final Instant now = Instant.parse("2024-05-03T10:00:00Z");
    private final FeedWriter writer = new FeedWriter(InstantSource.fixed(now));
    private FeedView feed;

    @Setup
    public void setUp() {
        Random r = new Random(5);
        HtmlCleaner cleaner = new HtmlCleaner();
        List<String> bodies = BenchInputs.syntheticBodies(50);
        List<EntryView> entries = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Outlet outlet = new Outlet("s" + i, "مصدر " + i, BenchInputs.BASE + "/site/" + i + "/",
                    BenchInputs.BASE + "/f" + i + ".xml");
            Outlet other = new Outlet("s" + (i + 50), "مصدر " + (i + 50), null, BenchInputs.BASE + "/g" + i + ".xml");
            String link = BenchInputs.BASE + "/site/" + i + "/1";
            String html = cleaner.clean(bodies.get(i), URI.create(link), "ar").html();
            entries.add(new EntryView("urn:rawafid:story:" + Integer.toHexString(0x10000 + i), Vocabulary.title(r),
                    link, Vocabulary.sentence(r), html, now.minusSeconds(600L * i), now.minusSeconds(600L * i),
                    i % 3 == 0 ? null : "مراسل " + i, List.of("سياسة"), BenchInputs.BASE + "/img/" + i + ".jpg",
                    outlet, i % 4 == 0 ? List.of(new AlsoReport(other, Vocabulary.title(r), link + "x")) : List.of()));
        }
        feed = new FeedView("bench", "أخبار عربية", "آخر الأخبار", "ar", "http://127.0.0.1:8080", now, null, null,
                "c1", entries);
    }

    @Benchmark
    public byte[] renderFeed() {
        return writer.render(feed, format);
    }
}
