package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class StoryWindowTest {
    @Test
    void ranksLikeGroupByOrderByCountThenId() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 2_000; round++) {
            long[] rows = LongStream.generate(() -> 1 + random.nextLong(random.nextBoolean() ? 40 : 4_000))
                    .limit(random.nextInt(0, 1_500)).toArray();
            int limit = random.nextInt(1, 60);
            assertThat(StoryWindow.mostShared(rows.clone(), limit)).isEqualTo(groupByOrderBy(rows, limit));
        }
    }

    @Test
    void handlesIdsBeyondThePackedRange() {
        long big = 1L << 41;
        assertThat(StoryWindow.mostShared(new long[]{big, 7, big, 7, 3}, 2)).containsExactly(7L, big);
    }

    /**
     * {@link StoryWindow#hits} and {@link StoryWindow.Hits#keepMostShared} over a window with
     * removals and compactions, and a transaction's staging beside it, keep exactly the items the
     * old {@code story_band} query ranked first (every held entry's band hashes matched against
     * the query, grouped by item, ordered by count then id), in id order, each with its story.
     */
    @Test
    void hitsKeepWhatTheBandQueryRankedFirst() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 40; round++) {
            StoryWindow window = new StoryWindow();
            StoryWindow staged = new StoryWindow(window);
            Map<Long, StoryWindow.Entry> held = new HashMap<>();
            int pool = random.nextInt(5, 400); // few distinct band values: long chains, many ties
            long id = 0;
            int n = random.nextInt(50, 3_000);
            for (int i = 0; i < n; i++) {
                id += random.nextInt(1, 4);
                StoryWindow.Entry e = entry(random, id, pool);
                boolean toStaged = i > n - 40;
                (toStaged ? staged : window).add(e);
                held.put(id, e);
                if (!toStaged && random.nextInt(round % 3 == 0 ? 3 : 6) < (round % 3 == 0 ? 2 : 1)) {
                    long gone = 1 + random.nextLong(id);
                    if (held.containsKey(gone) && window.contains(gone)) {
                        window.remove(gone);
                        held.remove(gone);
                    }
                }
            }
            StoryWindow.Hits hits = new StoryWindow.Hits();
            for (int q = 0; q < 25; q++) {
                long[] query = bands(random, pool);
                long self = random.nextBoolean() ? 0 : 1 + random.nextLong(id);
                long from = random.nextLong(0, 500);
                long to = from + random.nextLong(0, 1_000);
                assertRanked(hits, held, self, query, from, to, random.nextInt(1, 60), window, staged);
            }
        }
    }

    /**
     * The posting lists stay exact through everything that rebuilds or moves them: the head table
     * growing while items are added (many distinct hashes), removals by id, by story and by age
     * that compact the window (more than 1,024 dead slots outnumbering the live ones), and items
     * added after a compaction into the rebuilt lists. After each step every query ranks like the
     * band query over the items still held, and the held entries are exactly those items.
     */
    @Test
    void postingListsStayExactThroughGrowthRemovalAndCompaction() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 6; round++) {
            StoryWindow window = new StoryWindow();
            Map<Long, StoryWindow.Entry> held = new HashMap<>();
            int pool = round % 2 == 0 ? 30 : 200_000; // long lists and many ties, or mostly single-slot lists
            long id = 0;
            for (int step = 0; step < 4; step++) {
                for (int i = 0; i < 2_500; i++) {
                    id += random.nextInt(1, 3);
                    StoryWindow.Entry e = entry(random, id, pool, step * 1_000L);
                    window.add(e);
                    held.put(id, e);
                }
                checkHits(random, window, held, id, pool, 10);
                switch (step % 3) {
                    case 0 -> { // by age: most of the window at once
                        long cutoff = step * 1_000L + 1_200;
                        int removed = window.removePublishedBefore(cutoff);
                        int before = held.size();
                        held.values().removeIf(e -> e.published() < cutoff);
                        assertThat(removed).isEqualTo(before - held.size());
                    }
                    case 1 -> { // by story
                        for (long story = 1; story <= 35; story++) {
                            window.removeStory(story);
                            long gone = story;
                            held.values().removeIf(e -> e.storyId() == gone);
                        }
                    }
                    default -> { // one by one
                        for (Long gone : List.copyOf(held.keySet())) {
                            if (random.nextInt(4) != 0) {
                                window.remove(gone);
                                held.remove(gone);
                            }
                        }
                    }
                }
                assertThat(window.size()).isEqualTo(held.size());
                assertThat(window.entries()).extracting(StoryWindow.Entry::itemId)
                        .isEqualTo(held.keySet().stream().sorted().toList());
                checkHits(random, window, held, id, pool, 10);
            }
        }
    }

    /**
     * The counts of one call never leak into the next: each call stamps its counts instead of
     * clearing them, and the stamps run out after 32,767 calls (then the counts are cleared). Two
     * wrap-arounds of queries on one window, ranked like the band query around each wrap and
     * every few hundred calls, with a window that grows and loses items between them.
     */
    @Test
    void countsStayExactThroughManyCalls() {
        SplittableRandom random = new SplittableRandom(13);
        StoryWindow window = new StoryWindow();
        Map<Long, StoryWindow.Entry> held = new HashMap<>();
        long id = 0;
        for (; id < 300; id++) {
            StoryWindow.Entry e = entry(random, id + 1, 20);
            window.add(e);
            held.put(id + 1, e);
        }
        StoryWindow.Hits hits = new StoryWindow.Hits();
        for (int call = 1; call <= 70_000; call++) {
            long[] query = bands(random, 20);
            boolean check = call % 500 == 0 || Math.abs(call - 32_767) < 4 || Math.abs(call - 65_534) < 4;
            if (check) {
                assertRanked(hits, held, 0, query, 0, 1_500, random.nextInt(1, 60), window);
            } else {
                hits.clear(50);
                window.hits(0, query, 0, 1_500, hits);
            }
            if (call % 5_000 == 0) {
                long gone = 1 + random.nextLong(id);
                if (held.remove(gone) != null) {
                    window.remove(gone);
                }
                StoryWindow.Entry e = entry(random, ++id, 20);
                window.add(e);
                held.put(id, e);
            }
        }
    }

    /**
     * A count left by one call is never read by a later one that happens to carry the same stamp
     * after the stamps wrap around (every 32,767 calls): item A shares all its band hashes with
     * an early query, then after as many calls again a query that shares one with A and two with
     * C must rank C first and A, sharing one, second. Calls whose hashes the window does not hold advance the stamp too.
     */
    @Test
    void countsOfAnEarlierCallNeverLeakAcrossTheStampsWrapping() {
        long[] a = new long[Fingerprinter.BANDS];
        long[] c = new long[Fingerprinter.BANDS];
        long[] none = new long[Fingerprinter.BANDS];
        for (int b = 0; b < a.length; b++) {
            a[b] = (long) b << 32 | 1;
            c[b] = (long) b << 32 | 2;
            none[b] = (long) b << 32 | 3;
        }
        long[] q = none.clone();
        q[0] = a[0];
        q[1] = c[1];
        q[2] = c[2];
        for (int before : new int[] {0, 1, 5}) {
            for (int gap = 32_760; gap <= 65_540; gap += gap == 32_772 ? 65_526 - 32_772 : 1) {
                StoryWindow window = new StoryWindow();
                window.add(new StoryWindow.Entry(1, 1, "g", "s", 100, null, a));
                window.add(new StoryWindow.Entry(2, 2, "g", "s", 100, null, c));
                StoryWindow.Hits hits = new StoryWindow.Hits();
                for (int i = 0; i < before; i++) {
                    hits.clear(2);
                    window.hits(0, none, 0, 1_000, hits);
                }
                hits.clear(2);
                window.hits(0, a, 0, 1_000, hits);
                for (int i = 0; i < gap; i++) {
                    hits.clear(2);
                    window.hits(0, none, 0, 1_000, hits);
                }
                hits.clear(2);
                window.hits(0, q, 0, 1_000, hits);
                assertThat(hits.mostShared(2)).as("gap %d", gap).containsExactly(2L, 1L);
            }
        }
    }

    private static void checkHits(SplittableRandom random, StoryWindow window, Map<Long, StoryWindow.Entry> held,
                                  long maxId, int pool, int queries) {
        StoryWindow.Hits hits = new StoryWindow.Hits();
        List<StoryWindow.Entry> entries = List.copyOf(held.values());
        for (int q = 0; q < queries; q++) {
            // Half the queries are a held item's own bands (it is then sure to hit), half random.
            long[] query = !entries.isEmpty() && random.nextBoolean()
                    ? entries.get(random.nextInt(entries.size())).bands() : bands(random, pool);
            if (query.length == 0) {
                query = bands(random, pool);
            }
            long self = random.nextBoolean() ? 0 : 1 + random.nextLong(maxId);
            long from = random.nextLong(0, 4_000);
            long to = from + random.nextLong(0, 3_000);
            assertRanked(hits, held, self, query, from, to, random.nextInt(1, 60), window);
        }
    }

    /** The {@code limit} most-shared hits over {@code windows} are the brute-force ranking of {@code held}, with their stories. */
    private static void assertRanked(StoryWindow.Hits hits, Map<Long, StoryWindow.Entry> held, long self, long[] query,
                                     long from, long to, int limit, StoryWindow... windows) {
        hits.clear(limit);
        for (StoryWindow window : windows) {
            window.hits(self, query, from, to, hits);
        }
        int kept = hits.keepMostShared(limit);
        List<Long> got = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            got.add(hits.id(i));
            assertThat(hits.window(i).storyAt(hits.slot(i))).isEqualTo(held.get(hits.id(i)).storyId());
        }
        assertThat(got).isEqualTo(expected(held, self, query, from, to, limit));
    }

    private static List<Long> expected(Map<Long, StoryWindow.Entry> held, long self, long[] query, long from, long to,
                                       int limit) {
        List<Long> rows = new ArrayList<>();
        for (StoryWindow.Entry e : held.values()) {
            if (e.itemId() == self || e.published() < from || e.published() > to) {
                continue;
            }
            for (long hash : query) {
                for (long band : e.bands()) {
                    if (band == hash) {
                        rows.add(e.itemId());
                    }
                }
            }
        }
        return groupByOrderBy(rows.stream().mapToLong(Long::longValue).toArray(), limit).stream().sorted().toList();
    }

    private static List<Long> groupByOrderBy(long[] rows, int limit) {
        Map<Long, Long> counts = LongStream.of(rows).boxed()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static StoryWindow.Entry entry(SplittableRandom random, long id, int pool) {
        return entry(random, id, pool, 0);
    }

    private static StoryWindow.Entry entry(SplittableRandom random, long id, int pool, long since) {
        return new StoryWindow.Entry(id, 1 + random.nextInt(50), "g", "s" + random.nextInt(5),
                since + random.nextLong(0, 1_500), null, random.nextInt(10) == 0 ? new long[0] : bands(random, pool));
    }

    /** Band b takes one of {@code pool} values, the band index mixed in as the fingerprinter does. */
    private static long[] bands(SplittableRandom random, int pool) {
        long[] bands = new long[Fingerprinter.BANDS];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = (long) b << 32 | random.nextInt(pool);
        }
        return bands;
    }
}
