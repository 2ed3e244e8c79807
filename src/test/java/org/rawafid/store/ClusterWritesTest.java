package org.rawafid.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.Fingerprinter;
import org.rawafid.dedupe.NewItem;
import org.rawafid.dedupe.StoryIndex;
import org.rawafid.dedupe.StoryMatcher;
import org.rawafid.model.Item;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (two connection pools, two story indexes with their own caches) on one PostgreSQL
 * database report the same story at the same moment, released together by a barrier: the
 * story is started once and both reports join it, every round.
 */
class ClusterWritesTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final int ROUNDS = 40;

    private Database first;
    private Database second;

    @BeforeEach
    void open() {
        String url = TestPostgres.newDatabaseUrl();
        first = Database.open(url);
        second = Database.open(url);
        // The change counter's triggers update one row in every writing transaction, and that
        // row lock alone would already queue these writers; without them the test shows that
        // WriteTransactions' advisory lock is enough (with neither, round 0 makes two stories).
        first.jdbc().sql("DROP TRIGGER item_changed ON item").update();
        first.jdbc().sql("DROP TRIGGER story_changed ON story").update();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    /** A node's write path for one new item: insert, then story assignment, one transaction. */
    private record Node(WriteTransactions tx, ItemRepository items, StoryIndex stories) {
        static Node on(Database db) {
            Fingerprinter fp = new Fingerprinter(new ArabicNormalizer());
            return new Node(new WriteTransactions(db), new ItemRepository(db.jdbc()),
                    new StoryIndex(db.jdbc(), fp, new StoryMatcher(fp), InstantSource.fixed(T0)));
        }

        /** Like a refresh: a few other new items of the same feed first, then the shared story. */
        long report(String source, String key, String title, String lead, Instant published) {
            return tx.write(() -> {
                for (int i = 0; i < 5; i++) {
                    String other = MadeUpWords.of(published.getEpochSecond() * 10 + i + (source.endsWith("a") ? 0 : 5));
                    long id = items.insert(new Item(source, key + "-" + i, key + "-" + i, null, null, other,
                            "<p>" + other + "</p>", other, null, null, List.of(), published, published), published)
                            .orElseThrow();
                    stories.assign(new NewItem(id, source, key + "-" + i, null, other, other, published));
                }
                long id = items.insert(new Item(source, key, key, "https://" + source + ".example/" + key, null, title,
                        "<p>" + lead + "</p>", lead, null, null, List.of(), published, published), published).orElseThrow();
                return stories.assign(new NewItem(id, source, key, null, title, lead, published)).storyId();
            });
        }
    }

    @Test
    void theSameStoryFromTwoNodesAtOnceIsOneStory() throws Exception {
        Node a = Node.on(first);
        Node b = Node.on(second);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int r = 0; r < ROUNDS; r++) {
                String w = MadeUpWords.of(r);
                Instant at = T0.plusSeconds(60L * r);
                String key = "r" + r;
                Future<Long> fromA = pool.submit(() -> {
                    together.await();
                    return a.report("outlet-a", key, "عاجل: " + w + " في العاصمة", w + " قال مسؤولون اليوم", at);
                });
                Future<Long> fromB = pool.submit(() -> {
                    together.await();
                    return b.report("outlet-b", key, w + " في العاصمة", "قال مسؤولون اليوم " + w, at.plusSeconds(5));
                });

                assertThat(fromA.get()).as("round %d: both reports in one story", r).isEqualTo(fromB.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(first.jdbc().sql("SELECT count(*) FROM story").query(Long.class).single()).isEqualTo(ROUNDS * 11L);
        assertThat(first.jdbc().sql("SELECT count(*) FROM item WHERE story_id IS NULL").query(Long.class).single())
                .isZero();
    }
}
