package org.rawafid.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored items a new item can be compared with, in memory: per item its story, source,
 * publication time, canonical link and LSH band hashes, and an index from band hash to items.
 * What {@link StoryIndex} used to ask SQLite for (table {@code story_band}, the candidates'
 * stories, the stories' outlets) in ~10 statements per new item.
 *
 * <p>Compact, because a busy window holds tens of thousands of items: parallel primitive arrays
 * per item, and the band index as chains through those arrays (entry {@code slot * BANDS + band}
 * links to the next entry with the same band hash), headed by an open-addressing table keyed by
 * the hash — about 0.7 KB per item, no boxing. Removal marks a slot dead; dead slots are dropped
 * when they outnumber the live ones. Not thread-safe: {@link StoryIndex} guards it.
 */
final class StoryWindow {
    private static final int BANDS = Fingerprinter.BANDS;
    private static final long ID_MASK = (1L << 40) - 1;

    /** What the index holds about one item. {@code link} may be null, {@code bands} empty. */
    record Entry(long itemId, long storyId, String guid, String sourceId, long published, String link,
                 long[] bands) {
    }

    /** A story an item of this window belongs to: its guid, the outlets that carried it, held items. */
    private static final class Story {
        final String guid;
        int[] sources = new int[0];
        int items;

        Story(String guid) {
            this.guid = guid;
        }

        boolean has(int source) {
            for (int s : sources) {
                if (s == source) {
                    return true;
                }
            }
            return false;
        }

        void add(int source) {
            if (!has(source)) {
                sources = Arrays.copyOf(sources, sources.length + 1);
                sources[sources.length - 1] = source;
            }
        }
    }

    private final Map<String, Integer> sourceIndex;
    private final List<String> sourceNames;

    private long[] ids = new long[16];
    private long[] stories = new long[16];
    private long[] published = new long[16];
    private int[] sources = new int[16];
    private String[] links = new String[16];
    private long[] bands = new long[16 * BANDS];
    private boolean[] hasBands = new boolean[16];
    private int[] next = new int[16 * BANDS];
    private int size;
    private int dead;
    /** The earliest publication time held (a lower bound after {@link #removeStory}); MAX_VALUE when empty. */
    private long minPublished = Long.MAX_VALUE;

    private long[] headKeys = new long[64];
    private int[] heads = new int[64];
    private int headCount;

    private final Map<Long, Integer> slotOf = new HashMap<>();
    private final Map<Long, Story> storyById = new HashMap<>();
    private final Map<String, Integer> firstWithLink = new HashMap<>();

    StoryWindow() {
        this(new HashMap<>(), new ArrayList<>());
    }

    /** A window that shares {@code other}'s table of source names (a transaction's staged items). */
    StoryWindow(StoryWindow other) {
        this(other.sourceIndex, other.sourceNames);
    }

    private StoryWindow(Map<String, Integer> sourceIndex, List<String> sourceNames) {
        this.sourceIndex = sourceIndex;
        this.sourceNames = sourceNames;
        Arrays.fill(heads, -1);
    }

    int size() {
        return size - dead;
    }

    boolean contains(long itemId) {
        return slotOf.containsKey(itemId);
    }

    /** Adds an item (ignored if held already); call in ascending id order, as the rows were stored. */
    void add(Entry e) {
        if (slotOf.containsKey(e.itemId())) {
            return;
        }
        if (size == ids.length) {
            grow();
        }
        int slot = size++;
        ids[slot] = e.itemId();
        stories[slot] = e.storyId();
        published[slot] = e.published();
        minPublished = Math.min(minPublished, e.published());
        sources[slot] = source(e.sourceId());
        links[slot] = e.link();
        slotOf.put(e.itemId(), slot);
        Story story = storyById.computeIfAbsent(e.storyId(), id -> new Story(e.guid()));
        story.add(sources[slot]);
        story.items++;
        if (e.link() != null) {
            firstWithLink.putIfAbsent(e.link(), slot);
        }
        if (e.bands().length == BANDS) {
            if ((headCount + BANDS) * 4 > headKeys.length * 3) {
                rehash(headKeys.length * 2); // before this slot has bands: rehash links only the others
            }
            System.arraycopy(e.bands(), 0, bands, slot * BANDS, BANDS);
            for (int b = 0; b < BANDS; b++) {
                link(slot * BANDS + b);
            }
            hasBands[slot] = true;
        } else {
            hasBands[slot] = false;
        }
    }

    /** Records that {@code sourceId} carried the story (an item of it outside the window). */
    void addSource(long storyId, String sourceId) {
        Story story = storyById.get(storyId);
        if (story != null) {
            story.add(source(sourceId));
        }
    }

    /** Removes an item (no-op when it is not held). */
    void remove(long itemId) {
        Integer slot = slotOf.remove(itemId);
        if (slot == null) {
            return;
        }
        Story story = storyById.get(stories[slot]);
        if (story != null && --story.items == 0) {
            storyById.remove(stories[slot]);
        }
        if (links[slot] != null && firstWithLink.get(links[slot]) == slot) {
            firstWithLink.remove(links[slot]);
        }
        ids[slot] = 0;
        published[slot] = Long.MIN_VALUE;
        links[slot] = null;
        dead++;
        if (dead > 1024 && dead * 2 > size) {
            compact();
        }
    }

    /** Removes every item of a story (its row is gone). */
    void removeStory(long storyId) {
        List<Long> gone = new ArrayList<>();
        for (int slot = 0; slot < size; slot++) {
            if (ids[slot] != 0 && stories[slot] == storyId) {
                gone.add(ids[slot]);
            }
        }
        gone.forEach(this::remove);
        storyById.remove(storyId);
    }

    /** Removes every item published before {@code cutoffMillis}; returns how many. */
    int removePublishedBefore(long cutoffMillis) {
        List<Long> gone = new ArrayList<>();
        long min = Long.MAX_VALUE;
        for (int slot = 0; slot < size; slot++) {
            if (ids[slot] != 0 && published[slot] < cutoffMillis) {
                gone.add(ids[slot]);
            } else if (ids[slot] != 0) {
                min = Math.min(min, published[slot]);
            }
        }
        gone.forEach(this::remove);
        minPublished = min;
        return gone.size();
    }

    /** The earliest publication time held, or {@code Long.MAX_VALUE} when empty. */
    long minPublished() {
        return minPublished;
    }

    /**
     * Appends to {@code hits} the id of every held item (other than {@code itemId}) published in
     * [{@code from}, {@code to}] once per band hash it shares with {@code query}: the rows
     * {@code story_band} returned.
     */
    void hits(long itemId, long[] query, long from, long to, Hits hits) {
        for (long hash : query) {
            int h = find(hash);
            // A chain holds only entries of this hash; a removed slot's time is MIN_VALUE, never in range.
            for (int e = h < 0 ? -1 : heads[h]; e >= 0; e = next[e]) {
                int slot = e / BANDS;
                long time = published[slot];
                if (time >= from && time <= to && ids[slot] != itemId) {
                    hits.add(ids[slot]);
                }
            }
        }
    }

    /** The story of a held item, or -1. */
    long storyOf(long itemId) {
        Integer slot = slotOf.get(itemId);
        return slot == null ? -1 : stories[slot];
    }

    /** The guid of a story with a held item, or null. */
    String guid(long storyId) {
        Story story = storyById.get(storyId);
        return story == null ? null : story.guid;
    }

    /** Whether the story has an item of {@code sourceId} among those this window knows. */
    boolean storyHasSource(long storyId, String sourceId) {
        Story story = storyById.get(storyId);
        Integer source = sourceIndex.get(sourceId);
        return story != null && source != null && story.has(source);
    }

    /** The story of the first held item with this canonical link, or -1. */
    long storyWithLink(String link) {
        Integer slot = firstWithLink.get(link);
        return slot == null ? -1 : stories[slot];
    }

    /** The held items in ascending id order (a staged transaction's, to publish them). */
    List<Entry> entries() {
        List<Entry> out = new ArrayList<>(size());
        for (int slot = 0; slot < size; slot++) {
            if (ids[slot] != 0) {
                out.add(entry(slot));
            }
        }
        out.sort((a, b) -> Long.compare(a.itemId(), b.itemId()));
        return out;
    }

    /** Every (story, source) pair this window knows, for publishing a staged transaction's. */
    Map<Long, List<String>> storySources() {
        Map<Long, List<String>> out = new HashMap<>();
        storyById.forEach((id, story) -> {
            List<String> names = new ArrayList<>();
            for (int s : story.sources) {
                names.add(sourceNames.get(s));
            }
            out.put(id, names);
        });
        return out;
    }

    private Entry entry(int slot) {
        return new Entry(ids[slot], stories[slot], storyById.get(stories[slot]).guid, sourceNames.get(sources[slot]),
                published[slot], links[slot],
                hasBands[slot] ? Arrays.copyOfRange(bands, slot * BANDS, slot * BANDS + BANDS) : new long[0]);
    }

    private int source(String sourceId) {
        return sourceIndex.computeIfAbsent(sourceId, s -> {
            sourceNames.add(s);
            return sourceNames.size() - 1;
        });
    }

    private void link(int entry) {
        long hash = bands[entry];
        int h = find(hash);
        if (h < 0) {
            h = insertHead(hash);
        }
        next[entry] = heads[h];
        heads[h] = entry;
    }

    /** The head-table position of {@code hash}, or -1. */
    private int find(long hash) {
        int mask = headKeys.length - 1;
        for (int h = (int) mix(hash) & mask; ; h = (h + 1) & mask) {
            if (heads[h] == -1) {
                return -1; // an empty position: every used one heads a chain
            }
            if (headKeys[h] == hash) {
                return h;
            }
        }
    }

    private int insertHead(long hash) {
        int mask = headKeys.length - 1;
        int h = (int) mix(hash) & mask;
        while (heads[h] != -1) {
            h = (h + 1) & mask;
        }
        headKeys[h] = hash;
        headCount++;
        return h;
    }

    private void rehash(int capacity) {
        headKeys = new long[capacity];
        heads = new int[capacity];
        Arrays.fill(heads, -1);
        headCount = 0;
        for (int slot = 0; slot < size; slot++) {
            if (ids[slot] != 0 && hasBands[slot]) {
                for (int b = 0; b < BANDS; b++) {
                    int e = slot * BANDS + b;
                    int h = find(bands[e]);
                    if (h < 0) {
                        h = insertHead(bands[e]);
                    }
                    next[e] = heads[h];
                    heads[h] = e;
                }
            }
        }
    }

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        stories = Arrays.copyOf(stories, capacity);
        published = Arrays.copyOf(published, capacity);
        sources = Arrays.copyOf(sources, capacity);
        links = Arrays.copyOf(links, capacity);
        hasBands = Arrays.copyOf(hasBands, capacity);
        bands = Arrays.copyOf(bands, capacity * BANDS);
        next = Arrays.copyOf(next, capacity * BANDS);
    }

    /** Drops dead slots, keeping the live ones' order, and rebuilds the band chains. */
    private void compact() {
        int to = 0;
        for (int slot = 0; slot < size; slot++) {
            if (ids[slot] == 0) {
                continue;
            }
            if (to != slot) {
                ids[to] = ids[slot];
                stories[to] = stories[slot];
                published[to] = published[slot];
                sources[to] = sources[slot];
                links[to] = links[slot];
                hasBands[to] = hasBands[slot];
                System.arraycopy(bands, slot * BANDS, bands, to * BANDS, BANDS);
                slotOf.put(ids[to], to);
                if (links[to] != null && firstWithLink.get(links[to]) == slot) {
                    firstWithLink.put(links[to], to);
                }
            }
            to++;
        }
        for (int slot = to; slot < size; slot++) {
            ids[slot] = 0;
            links[slot] = null;
        }
        size = to;
        dead = 0;
        int capacity = 64;
        while (capacity * 3 < Math.max(1, size * BANDS) * 4) {
            capacity *= 2;
        }
        rehash(capacity);
    }

    /** Item ids, one per shared band, in a growable primitive array. */
    static final class Hits {
        private long[] ids = new long[256];
        private int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        /**
         * The {@code limit} ids occurring most often, ties by smaller id first: what
         * {@code GROUP BY item_id ORDER BY COUNT(*) DESC, item_id LIMIT limit} returned.
         */
        List<Long> mostShared(int limit) {
            return StoryWindow.mostShared(Arrays.copyOf(ids, size), limit);
        }
    }

    /**
     * The {@code limit} ids occurring most often in {@code rows}, ties by smaller id first: what
     * {@code GROUP BY item_id ORDER BY COUNT(*) DESC, item_id LIMIT limit} returns.
     */
    static List<Long> mostShared(long[] rows, int limit) {
        Arrays.sort(rows);
        long[] keys = new long[rows.length];
        int distinct = 0;
        for (int i = 0; i < rows.length; ) {
            int j = i;
            while (j < rows.length && rows[j] == rows[i]) {
                j++;
            }
            if (rows[i] < 0 || rows[i] > ID_MASK) {
                return mostSharedBoxed(rows, limit); // ids beyond 2^40: never in practice
            }
            // More shared bands first, then the smaller id: both in one ascending-sortable key.
            keys[distinct++] = (long) (j - i) << 40 | (ID_MASK - rows[i]);
            i = j;
        }
        Arrays.sort(keys, 0, distinct);
        List<Long> out = new ArrayList<>(Math.min(limit, distinct));
        for (int k = distinct - 1; k >= 0 && out.size() < limit; k--) {
            out.add(ID_MASK - (keys[k] & ID_MASK));
        }
        return out;
    }

    private static List<Long> mostSharedBoxed(long[] sortedRows, int limit) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long id : sortedRows) {
            counts.merge(id, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> !a.getValue().equals(b.getValue())
                        ? Integer.compare(b.getValue(), a.getValue()) : Long.compare(a.getKey(), b.getKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /** SplitMix64 finaliser: band hashes are already mixed, but a clash of low bits costs little to avoid. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
