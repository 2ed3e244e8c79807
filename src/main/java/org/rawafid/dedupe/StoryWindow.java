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
 * per item, and the band index as an open-addressing table keyed by the band hash whose every
 * position holds a posting list: the slots of the items with that hash, appended in an
 * {@code int[]} (the first one inline, since most hashes have a single item) — about 0.7 KB per
 * item, no boxing. {@link #hits} reads each list front to back, so the loads of one list are
 * sequential and independent of each other (chains through the arrays made every entry a
 * dependent cache miss: the hottest method of an ingest). Removal marks a slot dead (its lists
 * keep it; {@link #hits} skips it by its time); dead slots are dropped and the lists rebuilt when
 * they outnumber the live ones. Not thread-safe: {@link StoryIndex} guards it.
 *
 * <p>Per item it also keeps the compact form of its words (132 bytes: the {@link WordSet}
 * signature and the word count), so {@link StoryIndex} can drop a candidate that cannot reach the
 * matcher's bar without its {@link Fingerprint} ({@link #mayBeSameStory}); and {@link #hits} counts
 * the shared bands per slot rather than listing every row, so ranking the candidates is linear in
 * the band entries walked.
 */
final class StoryWindow {
    private static final int BANDS = Fingerprinter.BANDS;
    /**
     * {@link #hits}' counts take the low 16 bits of an int: a slot holds each hash at most
     * {@link #BANDS} times, so a query of up to {@link #MAX_QUERY} hashes (a fingerprint's is
     * {@link #BANDS}) cannot overflow them; the 15 bits above are the call's stamp.
     */
    private static final int COUNT_BITS = 16;
    private static final int COUNT_MASK = (1 << COUNT_BITS) - 1;
    private static final int MAX_QUERY = COUNT_MASK / BANDS;
    private static final int MAX_STAMP = (1 << 31 - COUNT_BITS) - 1;

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
    /**
     * Per slot, the compact form of its words for {@link StoryMatcher#mayBeSameStory}: the
     * {@link WordSet} signature ({@link WordSet#SIGNATURE_LONGS} longs) and the number of distinct
     * words, -1 while unknown (an item loaded from its stored signature, until it is first a
     * candidate and its fingerprint is taken; or whose text was rewritten).
     */
    private long[] wordBits = new long[16 * WordSet.SIGNATURE_LONGS];
    private int[] wordCounts = new int[16];
    /**
     * Scratch for {@link #hits}: per slot the band hashes it shares (low {@link #COUNT_BITS} bits)
     * stamped with the call that counted them (the bits above), the slots touched, and those
     * sharing several.
     */
    private int[] counts = new int[0];
    private int[] touched = new int[0];
    private int[] several = new int[0];
    private int lastStamp;
    private int size;
    private int dead;
    /** The earliest publication time held (a lower bound after {@link #removeStory}); MAX_VALUE when empty. */
    private long minPublished = Long.MAX_VALUE;

    /** The band index: per position of an open-addressing table, a band hash and its posting list. */
    private long[] headKeys = new long[64];
    /** The first slot of the position's posting list; -1 where the position is free. */
    private int[] firstSlot = new int[64];
    /** The rest of the position's posting list (null while it holds one slot), and its length. */
    private int[][] moreSlots = new int[64][];
    private int[] moreCount = new int[64];
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
        Arrays.fill(firstSlot, -1);
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
        wordCounts[slot] = -1;
        slotOf.put(e.itemId(), slot);
        Story story = storyById.computeIfAbsent(e.storyId(), id -> new Story(e.guid()));
        story.add(sources[slot]);
        story.items++;
        if (e.link() != null) {
            firstWithLink.putIfAbsent(e.link(), slot);
        }
        if (e.bands().length == BANDS) {
            if ((headCount + BANDS) * 4 > headKeys.length * 3) {
                resizeHeads(headKeys.length * 2);
            }
            System.arraycopy(e.bands(), 0, bands, slot * BANDS, BANDS);
            for (int b = 0; b < BANDS; b++) {
                post(slot, bands[slot * BANDS + b]);
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
        wordCounts[slot] = -1;
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
     * Adds to {@code hits} every held item (other than {@code itemId}) published in
     * [{@code from}, {@code to}] that shares a band hash with {@code query}, with the number of
     * band hashes it shares: the rows {@code story_band} returned, grouped by item. Counted per
     * slot in a scratch array, so the work is one increment per posting entry, not a list of
     * every row to sort. A slot's count is stamped with the call ({@link #nextStamp}), so a count
     * left by an earlier call reads as zero and none is ever reset. A slot is written to the
     * touched list at every entry and kept there only on its first, and to the list of slots
     * sharing several at every entry and kept there only on its second (no branch to mispredict:
     * both have room for one more than the slots).
     *
     * <p>Most slots touched share a single band hash (84 % at 2,000 sources), and once at least
     * the hits' limit of items share two or more, none of those can be kept ({@link Hits#floor}
     * is then at least 2, whatever else is offered): so the slots sharing several are checked
     * (time, id) and tallied first, and the single ones only while they still can count — their
     * time, id and count are not read at all otherwise.
     */
    void hits(long itemId, long[] query, long from, long to, Hits hits) {
        if (query.length > MAX_QUERY) {
            throw new IllegalArgumentException("a query of " + query.length + " band hashes");
        }
        if (counts.length < size) {
            counts = new int[ids.length];
            touched = new int[ids.length + 1];
            several = new int[ids.length + 1];
        }
        int[] counts = this.counts;
        int[] touched = this.touched;
        int[] several = this.several;
        int stamp = nextStamp();
        int n = 0;
        int m = 0;
        for (long hash : query) {
            int h = find(hash);
            if (h < 0) {
                continue;
            }
            int slot = firstSlot[h];
            int v = counts[slot];
            int c = (v & ~COUNT_MASK) == stamp ? v & COUNT_MASK : 0; // before this entry
            counts[slot] = stamp | c + 1;
            touched[n] = slot;
            n += (c - 1) >>> 31; // 1 when c == 0
            several[m] = slot;
            m += ((c ^ 1) - 1) >>> 31; // 1 when c == 1
            int[] more = moreSlots[h];
            for (int i = 0, k = moreCount[h]; i < k; i++) {
                slot = more[i];
                v = counts[slot];
                c = (v & ~COUNT_MASK) == stamp ? v & COUNT_MASK : 0;
                counts[slot] = stamp | c + 1;
                touched[n] = slot;
                n += (c - 1) >>> 31;
                several[m] = slot;
                m += ((c ^ 1) - 1) >>> 31;
            }
        }
        // The slots in range, tallied: those sharing several bands first, then the single ones
        // while they can still count; then only those that can still be among the hits kept.
        int inRange = 0;
        for (int i = 0; i < m; i++) {
            int slot = several[i];
            if (inRange(slot, itemId, from, to)) {
                several[inRange++] = slot;
                hits.tally(counts[slot] & COUNT_MASK);
            }
        }
        if (!hits.atLeastLimitShareSeveral()) {
            for (int i = 0; i < n; i++) {
                int slot = touched[i];
                if ((counts[slot] & COUNT_MASK) == 1 && inRange(slot, itemId, from, to)) {
                    several[inRange++] = slot;
                    hits.tally(1);
                }
            }
        }
        int floor = hits.floor();
        for (int i = 0; i < inRange; i++) {
            int slot = several[i];
            int count = counts[slot] & COUNT_MASK;
            if (count >= floor) {
                hits.add(ids[slot], count, this, slot);
            }
        }
    }

    /**
     * The stamp of a {@link #hits} call, in the high bits of each count it writes: a new one per
     * call, and when they run out the counts are cleared and they start again.
     */
    private int nextStamp() {
        if (lastStamp == MAX_STAMP) {
            Arrays.fill(counts, 0);
            lastStamp = 0;
        }
        lastStamp++;
        return lastStamp << COUNT_BITS;
    }

    /** Whether the item in {@code slot} is another than {@code itemId}, published in [{@code from}, {@code to}]. */
    private boolean inRange(int slot, long itemId, long from, long to) {
        long time = published[slot]; // a removed slot's time is MIN_VALUE, never in range
        return time >= from && time <= to && ids[slot] != itemId;
    }

    /** The story of the item in {@code slot} (as {@link #hits} named it). */
    long storyAt(int slot) {
        return stories[slot];
    }

    /**
     * Whether the item in {@code slot} may be the same story as {@code item} by the words alone
     * ({@link StoryMatcher#mayBeSameStory} on its stored compact form); true while its words are unknown.
     */
    boolean mayBeSameStory(int slot, Fingerprint item, StoryMatcher matcher) {
        int words = wordCounts[slot];
        return words < 0 || matcher.mayBeSameStory(item, words, wordBits, slot * WordSet.SIGNATURE_LONGS);
    }

    /** Keeps the compact form of a held item's words (see {@link #mayBeSameStory}); no-op when not held. */
    void words(long itemId, WordSet words) {
        Integer slot = slotOf.get(itemId);
        if (slot != null) {
            words.copySignature(wordBits, slot * WordSet.SIGNATURE_LONGS);
            wordCounts[slot] = words.size();
        }
    }

    /** Forgets the compact form of a held item's words (its text was rewritten). */
    void forgetWords(long itemId) {
        Integer slot = slotOf.get(itemId);
        if (slot != null) {
            wordCounts[slot] = -1;
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

    /** Appends {@code slot} to the posting list of {@code hash}. */
    private void post(int slot, long hash) {
        int h = find(hash);
        if (h < 0) {
            h = insertHead(hash);
            firstSlot[h] = slot;
            return;
        }
        int[] more = moreSlots[h];
        int n = moreCount[h];
        if (more == null) {
            more = moreSlots[h] = new int[2];
        } else if (n == more.length) {
            more = moreSlots[h] = Arrays.copyOf(more, n * 2);
        }
        more[n] = slot;
        moreCount[h] = n + 1;
    }

    /**
     * The head-table position of {@code hash}, or -1. Positions start at the hash mixed again: band
     * hashes are mixed already, but a clash of low bits costs little to avoid.
     */
    private int find(long hash) {
        int mask = headKeys.length - 1;
        for (int h = (int) WordSet.mix(hash) & mask; ; h = (h + 1) & mask) {
            if (firstSlot[h] == -1) {
                return -1; // a free position: every used one holds a posting list
            }
            if (headKeys[h] == hash) {
                return h;
            }
        }
    }

    /** Takes a free position for {@code hash} (not held); the caller sets its first slot. */
    private int insertHead(long hash) {
        int mask = headKeys.length - 1;
        int h = (int) WordSet.mix(hash) & mask;
        while (firstSlot[h] != -1) {
            h = (h + 1) & mask;
        }
        headKeys[h] = hash;
        headCount++;
        return h;
    }

    /** An empty head table of {@code capacity} positions (a power of two): no band hash, no posting list. */
    private void emptyHeads(int capacity) {
        headKeys = new long[capacity];
        firstSlot = new int[capacity];
        moreSlots = new int[capacity][];
        moreCount = new int[capacity];
        Arrays.fill(firstSlot, -1);
        headCount = 0;
    }

    /** A head table of {@code capacity} positions (a power of two), each posting list moved as it is. */
    private void resizeHeads(int capacity) {
        long[] oldKeys = headKeys;
        int[] oldFirst = firstSlot;
        int[][] oldMore = moreSlots;
        int[] oldCount = moreCount;
        emptyHeads(capacity);
        for (int p = 0; p < oldKeys.length; p++) {
            if (oldFirst[p] != -1) {
                int h = insertHead(oldKeys[p]);
                firstSlot[h] = oldFirst[p];
                moreSlots[h] = oldMore[p];
                moreCount[h] = oldCount[p];
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
        wordCounts = Arrays.copyOf(wordCounts, capacity);
        wordBits = Arrays.copyOf(wordBits, capacity * WordSet.SIGNATURE_LONGS);
        bands = Arrays.copyOf(bands, capacity * BANDS);
    }

    /** Drops dead slots, keeping the live ones' order, and rebuilds the posting lists without them. */
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
                wordCounts[to] = wordCounts[slot];
                System.arraycopy(wordBits, slot * WordSet.SIGNATURE_LONGS, wordBits, to * WordSet.SIGNATURE_LONGS,
                        WordSet.SIGNATURE_LONGS);
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
            wordCounts[slot] = -1;
        }
        size = to;
        dead = 0;
        int capacity = headKeys.length; // room for every hash held before, the live ones' among them
        emptyHeads(capacity);
        for (int slot = 0; slot < size; slot++) {
            if (hasBands[slot]) {
                for (int b = 0; b < BANDS; b++) {
                    post(slot, bands[slot * BANDS + b]);
                }
            }
        }
    }

    /**
     * The items that share band hashes with a new one, each with how many it shares and where it is
     * held (window and slot), from one or two windows (the committed one and a transaction's
     * staging, which never hold the same id). Reusable: {@link #clear} between items.
     */
    static final class Hits {
        private long[] ids = new long[256];
        private int[] counts = new int[256];
        private StoryWindow[] windows = new StoryWindow[256];
        private int[] slots = new int[256];
        private int size;
        private int[] histogram = new int[BANDS + 1];
        private long[] ties = new long[64];
        /**
         * How many items {@link #keepMostShared} will keep at most, and how many of those offered
         * so far share each number of band hashes: an item sharing fewer than {@link #floor} can
         * never be kept, since at least {@code limit} others share more, so it is not added.
         */
        private int limit = Integer.MAX_VALUE;
        private int[] tallies = new int[BANDS + 1];
        private int maxTallied;

        /** Empties the hits, to keep every item's (no {@link #floor}). */
        void clear() {
            clear(Integer.MAX_VALUE);
        }

        /** Empties the hits, to keep at most {@code limit} by {@link #keepMostShared}({@code limit}) or a larger limit. */
        void clear(int limit) {
            Arrays.fill(windows, 0, size, null);
            size = 0;
            this.limit = limit;
            Arrays.fill(tallies, 0, Math.min(tallies.length, maxTallied + 1), 0);
            maxTallied = 0;
        }

        /** Notes an item sharing {@code count} band hashes, offered whether or not it is then added. */
        void tally(int count) {
            if (count >= tallies.length) {
                tallies = Arrays.copyOf(tallies, count * 2);
            }
            tallies[count]++;
            maxTallied = Math.max(maxTallied, count);
        }

        /**
         * The fewest shared band hashes an item can have and still be among the {@code limit} kept:
         * the largest count that at least {@code limit} of the items tallied reach, or 0 while
         * fewer than {@code limit} were tallied. Exact: an item below it ranks after {@code limit}
         * others whatever is offered later.
         */
        int floor() {
            if (limit == Integer.MAX_VALUE) {
                return 0;
            }
            int reached = 0;
            for (int count = maxTallied; count > 0; count--) {
                reached += tallies[count];
                if (reached >= limit) {
                    return count;
                }
            }
            return 0;
        }

        /**
         * Whether at least {@link #limit} of the items tallied share two or more band hashes: then
         * {@link #floor} is at least 2 whatever is tallied later, and an item sharing one is never kept.
         */
        boolean atLeastLimitShareSeveral() {
            if (limit == Integer.MAX_VALUE) {
                return false;
            }
            int several = 0;
            for (int count = 2; count <= maxTallied; count++) {
                several += tallies[count];
            }
            return several >= limit;
        }

        int size() {
            return size;
        }

        void add(long id, int count, StoryWindow window, int slot) {
            if (size == ids.length) {
                int capacity = size * 2;
                ids = Arrays.copyOf(ids, capacity);
                counts = Arrays.copyOf(counts, capacity);
                windows = Arrays.copyOf(windows, capacity);
                slots = Arrays.copyOf(slots, capacity);
            }
            ids[size] = id;
            counts[size] = count;
            windows[size] = window;
            slots[size] = slot;
            size++;
        }

        long id(int i) {
            return ids[i];
        }

        StoryWindow window(int i) {
            return windows[i];
        }

        int slot(int i) {
            return slots[i];
        }

        /**
         * Keeps the {@code limit} items sharing the most band hashes, ties by smaller id first (what
         * {@code GROUP BY item_id ORDER BY COUNT(*) DESC, item_id LIMIT limit} returned), and puts
         * them in ascending id order; returns how many were kept. Linear in the hits: a histogram
         * of the counts gives the count of the last one kept, and only the items tied at it are
         * ranked by id (a bounded heap).
         */
        int keepMostShared(int limit) {
            if (size <= limit) {
                sortById(size);
                return size;
            }
            int max = 0;
            for (int i = 0; i < size; i++) {
                max = Math.max(max, counts[i]);
            }
            if (histogram.length <= max) {
                histogram = new int[max + 1];
            }
            Arrays.fill(histogram, 0, max + 1, 0);
            for (int i = 0; i < size; i++) {
                histogram[counts[i]]++;
            }
            int cut = max;
            int above = 0; // items sharing more than cut
            while (above + histogram[cut] < limit) {
                above += histogram[cut];
                cut--;
            }
            // Of the items sharing exactly cut, the (limit - above) smallest ids stay.
            long lastTie = largestOfSmallest(cut, limit - above);
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (counts[i] > cut || counts[i] == cut && ids[i] <= lastTie) {
                    move(i, kept++);
                }
            }
            Arrays.fill(windows, kept, size, null);
            size = kept;
            sortById(kept);
            return kept;
        }

        /** The k-th smallest id among the items sharing exactly {@code count} (a max-heap of the k smallest). */
        private long largestOfSmallest(int count, int k) {
            if (ties.length < k) {
                ties = new long[k];
            }
            long[] heap = ties;
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (counts[i] != count) {
                    continue;
                }
                long id = ids[i];
                if (n < k) {
                    int at = n++;
                    while (at > 0 && heap[(at - 1) / 2] < id) {
                        heap[at] = heap[(at - 1) / 2];
                        at = (at - 1) / 2;
                    }
                    heap[at] = id;
                } else if (id < heap[0]) {
                    int at = 0;
                    while (true) {
                        int child = 2 * at + 1;
                        if (child >= k) {
                            break;
                        }
                        if (child + 1 < k && heap[child + 1] > heap[child]) {
                            child++;
                        }
                        if (heap[child] <= id) {
                            break;
                        }
                        heap[at] = heap[child];
                        at = child;
                    }
                    heap[at] = id;
                }
            }
            return heap[0];
        }

        private void move(int from, int to) {
            ids[to] = ids[from];
            counts[to] = counts[from];
            windows[to] = windows[from];
            slots[to] = slots[from];
        }

        /** Insertion sort of the first {@code n} by id: n is at most a few dozen here. */
        private void sortById(int n) {
            for (int i = 1; i < n; i++) {
                long id = ids[i];
                int count = counts[i];
                StoryWindow window = windows[i];
                int slot = slots[i];
                int j = i - 1;
                while (j >= 0 && ids[j] > id) {
                    move(j, j + 1);
                    j--;
                }
                ids[j + 1] = id;
                counts[j + 1] = count;
                windows[j + 1] = window;
                slots[j + 1] = slot;
            }
        }

        /** The kept ids by count then id, as {@link #mostShared(long[], int)} orders them. */
        List<Long> mostShared(int limit) {
            int n = keepMostShared(limit);
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> counts[x] != counts[y] ? Integer.compare(counts[y], counts[x])
                    : Long.compare(ids[x], ids[y]));
            List<Long> out = new ArrayList<>(n);
            for (Integer i : order) {
                out.add(ids[i]);
            }
            return out;
        }
    }

    /**
     * The {@code limit} ids occurring most often in {@code rows}, ties by smaller id first: what
     * {@code GROUP BY item_id ORDER BY COUNT(*) DESC, item_id LIMIT limit} returns.
     */
    static List<Long> mostShared(long[] rows, int limit) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long id : rows) {
            counts.merge(id, 1, Integer::sum);
        }
        Hits hits = new Hits();
        counts.forEach((id, count) -> hits.add(id, count, null, 0));
        return hits.mostShared(limit);
    }
}
