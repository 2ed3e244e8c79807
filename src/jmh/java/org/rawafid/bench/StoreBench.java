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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.Fingerprinter;
import org.rawafid.dedupe.NewItem;
import org.rawafid.dedupe.StoryIndex;
import org.rawafid.dedupe.StoryMatcher;
import org.rawafid.model.Item;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.WriteTransactions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Store stage per batch: one fetch's 30 new items inserted and assigned to stories in one
 * write transaction, as {@code SourceRefresher} does, into a real SQLite file that grows
 * over the run (so later batches see a realistic candidate index).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreBench {
    private static final int BATCH = 30;
    private Path dir;
    private Database database;
    private ItemRepository items;
    private StoryIndex stories;
    private WriteTransactions tx;
    private final List<String> bodies = BenchInputs.syntheticBodies(BATCH);
    private final Random random = new Random(3);
    private final Instant now = Instant.parse("2024-05-03T10:00:00Z");
    private long batch;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("rawafid-storebench");
        database = Database.open(dir.resolve("bench.db"));
        items = new ItemRepository(database.jdbc());
        Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
        stories = new StoryIndex(database.jdbc(), fingerprinter, new StoryMatcher(fingerprinter),
                InstantSource.fixed(now));
        tx = new WriteTransactions(database);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int storeBatch() {
        long b = batch++;
        String source = "s" + (b % 500);
        List<Item> batchItems = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            String link = BenchInputs.BASE + "/site/" + b + "/" + i;
            batchItems.add(new Item(source, "guid:" + b + "-" + i, b + "-" + i, link, link, Vocabulary.title(random),
                    bodies.get(i), Vocabulary.sentence(random), null, null, List.of("سياسة"),
                    now.minusSeconds(random.nextInt(86_400)), now));
        }
        return tx.write(() -> {
            int stored = 0;
            for (Item item : batchItems) {
                OptionalLong id = items.insert(item, now);
                if (id.isPresent()) {
                    stored++;
                    stories.assign(new NewItem(id.getAsLong(), item.sourceId(), item.itemKey(), item.canonicalLink(),
                            item.title(), item.summary(), item.published()));
                }
            }
            return stored;
        });
    }
}
