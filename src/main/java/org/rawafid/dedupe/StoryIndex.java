package org.rawafid.dedupe;

import org.rawafid.store.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Assigns each new item to a story, stored in tables {@code story} and {@code item.story_id}.
 * {@link #store} decides the story before the item is inserted and inserts it with its story
 * in one statement; call it inside the write transaction, with the same {@link JdbcClient}
 * (Spring binds the connection).
 *
 * <p>An item joins an existing story when (1) another item with the same canonical link
 * already has one, from any source; else (2) an item of that story published within
 * {@link #WINDOW} shares an LSH band and {@link StoryMatcher} confirms it (the best-scoring
 * confirmed candidate wins, so a report of Putin meeting Pashinyan joins that meeting's
 * story rather than an earlier Putin–Aliyev one that scores lower) — except that a
 * story already carrying an item of the same source is skipped: an outlet repeating or
 * updating its own story is not "another outlet", and merging would hide its later report.
 * Otherwise the item starts a new story whose guid is minted once from the item, so the
 * id, the first report and the guid never change (SPEC §8).
 *
 * <p>The candidates come from memory, not SQL: a {@link StoryWindow} holds every item
 * published within {@link #HELD} of now (its story, outlet, time, canonical link and band
 * hashes), so the work per new item does not grow with the window. It is built at start by
 * {@link #rebuild} from each item's stored signature ({@code item.story_signature}), and before
 * each write transaction decides anything it takes in the rows other writers committed
 * ({@link #catchUp}: another process beside {@code serve}, other nodes of a cluster). What a
 * transaction adds is staged and joins the window only when it commits, so a rollback leaves
 * nothing behind; decisions inside the transaction see its staged items.
 *
 * <p>Each assigned item's words are counted in {@link WordFrequencies} (once per item), and the
 * matcher's rare-word rule reads those counts: the decision is a function of the two
 * fingerprints and the corpus statistics only.
 *
 * <p>Limits, each documented where it applies: an item published more than {@link #WINDOW}
 * before now is compared only with held items; another writer's rewrite of an item's text is
 * seen at the next start (this process's own rewrites through {@link #forget}); items another
 * process prunes stay held until they leave the window by age (a story that vanished with them
 * is noticed when an item would join it). Thread-safe.
 */
public final class StoryIndex {
    public static final Duration WINDOW = Duration.ofHours(48);
    /**
     * How far back the window holds items: any item published within {@link #WINDOW} of now
     * finds every candidate it would have found in the database.
     */
    public static final Duration HELD = WINDOW.multipliedBy(2);
    static final int MAX_CANDIDATES = 50;
    /** About 4 KB each: ~40 MB at most, covering the candidates of a busy 48 h window's newest items. */
    static final int CACHED_FINGERPRINTS = 10_000;
    private static final long SWEEP_EVERY_MS = 60_000;
    private static final int BATCH = 500;
    /**
     * Per thread, as {@link MessageDigest} is not thread-safe: looking one up per story started was
     * ~1 % of an ingest's CPU (the provider list is searched each time). {@code digest} resets it.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(StoryIndex::sha256);

    /** Inserts the item with the story {@link #store} chose; empty when its key is already stored. */
    @FunctionalInterface
    public interface ItemWriter {
        OptionalLong insert(long storyId, byte[] signature, int signatureVersion);
    }

    private final JdbcClient jdbc;
    private final Fingerprinter fingerprinter;
    private final StoryMatcher matcher;
    private final InstantSource clock;
    private final FingerprintCache recent = new FingerprintCache(CACHED_FINGERPRINTS);
    private final WordFrequencies frequencies;
    private final WindowLoader loader;
    private final StoryWindow window = new StoryWindow();
    /** {@link #similarStory}'s scratch (the index is synchronized). */
    private final StoryWindow.Hits hits = new StoryWindow.Hits();
    /** The highest item id taken in; -1 until the window is first loaded. */
    private long lastSeenId = -1;
    private long lastSweep;
    /** The latest publication time of a stored item seen (loaded, caught up or stored). */
    private long newestPublished = Long.MIN_VALUE / 2;

    public StoryIndex(JdbcClient jdbc, Fingerprinter fingerprinter, StoryMatcher matcher, InstantSource clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.frequencies = new WordFrequencies(jdbc);
        this.loader = new WindowLoader(jdbc, fingerprinter);
        this.lastSweep = clock.millis();
    }

    /** The guid of a story whose first report is {@code itemKey} of {@code sourceId}. */
    public static String guidFor(String sourceId, String itemKey) {
        byte[] digest = SHA_256.get().digest((sourceId + "\n" + itemKey).getBytes(StandardCharsets.UTF_8));
        return "urn:rawafid:story:" + HexFormat.of().formatHex(digest, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new DedupeException("SHA-256 unavailable", e);
        }
    }

    /**
     * Loads the window from the stored items (published within {@link #HELD} of now); call once
     * at start, before the first write (else the first {@link #catchUp} does it, inside that
     * write). Signatures missing or of another version are recomputed and written back through
     * {@code inWriteTransaction}, in batches. Returns the number of signatures recomputed.
     */
    public synchronized int rebuild(Consumer<Runnable> inWriteTransaction) {
        Objects.requireNonNull(inWriteTransaction, "inWriteTransaction");
        if (lastSeenId >= 0) {
            return 0;
        }
        long max = loader.maxId();
        newestPublished = Math.max(newestPublished, loader.newestPublished());
        int recomputed = loader.load(window, horizon(), max, inWriteTransaction);
        lastSeenId = max;
        return recomputed;
    }

    /**
     * Takes in the items other writers committed since the last call (ids above the highest seen)
     * and drops items that left the window by age or were pruned (retention deletes the oldest
     * first, so the earliest stored publication time says how far). Call at the start of each
     * write transaction, inside its lock, before deciding anything: once per transaction (later
     * calls in the same transaction do nothing; {@link #store} calls it on its first use in a
     * transaction if nobody did). Outside a transaction it catches up at once.
     */
    public synchronized void catchUp() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            staged();
        } else {
            catchUpNow();
        }
    }

    private void catchUpNow() {
        if (lastSeenId < 0) {
            rebuild(Runnable::run);
            return;
        }
        long now = clock.millis();
        if (now - lastSweep >= SWEEP_EVERY_MS) {
            window.removePublishedBefore(horizon());
            lastSweep = now;
        }
        long held = window.minPublished();
        if (held != Long.MAX_VALUE) {
            long stored = loader.earliestPublishedSince(held);
            if (stored > held) {
                window.removePublishedBefore(stored); // pruned by another process (or this one)
            }
        }
        WindowLoader.Caught caught = loader.loadAfter(window, lastSeenId, horizon());
        lastSeenId = caught.lastId();
        newestPublished = Math.max(newestPublished, caught.newestPublished());
    }

    /** Items held in memory (committed ones). */
    public synchronized int heldItems() {
        return window.size();
    }

    /** How many stored items hold each word (kept as items are stored): what is rare here, for readers. */
    public CorpusStats wordCounts() {
        return frequencies;
    }

    /** What the window holds, item id → the guid of its story: to check it against the stored rows. */
    public synchronized Map<Long, String> heldStoryGuids() {
        Map<Long, String> held = new HashMap<>();
        window.entries().forEach(e -> held.put(e.itemId(), e.guid()));
        return held;
    }

    /** The held items in id order, for tests. */
    synchronized List<StoryWindow.Entry> heldEntries() {
        return window.entries();
    }

    /**
     * Forgets items published before {@code cutoff}: call after pruning them, so no new item
     * joins a story through an item that is gone.
     */
    public synchronized void forgetPublishedBefore(Instant cutoff) {
        window.removePublishedBefore(cutoff.toEpochMilli());
    }

    /**
     * Decides the story of a new item, then inserts it through {@code writer} with that story and
     * its signature. Returns the story, or empty when the writer found the item's key already
     * stored (nothing is then kept: a story started for it is deleted again).
     */
    public synchronized Optional<StoryRef> store(Report report, Fingerprint fingerprint, ItemWriter writer) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(writer, "writer");
        Staged staged = staged();
        frequencies.count(fingerprint.tokens());
        long existing = decide(staged, 0, report.sourceId(), report.canonicalLink(), report.published(),
                fingerprint);
        StoryRef ref = existing >= 0 ? joinStory(existing, staged) : startStory(report.sourceId(), report.itemKey(), 0);
        OptionalLong id = writer.insert(ref.storyId(), Fingerprinter.signature(fingerprint.bands()),
                Fingerprinter.SIGNATURE_VERSION);
        if (id.isEmpty()) {
            if (ref.created()) {
                jdbc.sql("DELETE FROM story WHERE id = :id").param("id", ref.storyId()).update();
            }
            return Optional.empty(); // a story it would have joined may still be marked updated: harmless
        }
        Staged target = staged != null ? staged : new Staged(window);
        if (ref.created()) {
            target.created.add(ref.storyId()); // its first_item_id is set before commit
        }
        stage(staged, target, id.getAsLong(), ref, report.sourceId(), report.published(), report.canonicalLink(),
                fingerprint);
        return Optional.of(ref);
    }

    /** Assigns {@code item}, already inserted without a story, to a story (joining or starting one); idempotent. */
    public StoryRef assign(NewItem item) {
        Objects.requireNonNull(item, "item");
        return assign(item, fingerprinter.fingerprint(item.text()));
    }

    /**
     * The fingerprint {@link #store} needs for an item with this title and lead. A pure function
     * of the text: callers take it before the write transaction, so the normalising and hashing
     * run in parallel instead of inside the single writer.
     */
    public Fingerprint fingerprint(String title, String lead) {
        return fingerprinter.fingerprint(new Text(title, lead));
    }

    /**
     * {@link #assign(NewItem)} with the item's {@link #fingerprint} already taken: for an item
     * stored before its story was known (one {@code UPDATE} more than {@link #store}).
     */
    public synchronized StoryRef assign(NewItem item, Fingerprint fingerprint) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Staged staged = staged();
        StoryRef stored = storedStory(item.itemId());
        if (stored != null) {
            return stored;
        }
        frequencies.count(fingerprint.tokens());
        long existing = decide(staged, item.itemId(), item.sourceId(), item.canonicalLink(), item.published(),
                fingerprint);
        StoryRef ref = existing >= 0 ? joinStory(existing, staged)
                : startStory(item.sourceId(), item.itemKey(), item.itemId());
        jdbc.sql("""
                        UPDATE item SET story_id = :story, story_signature = :signature, signature_version = :version
                        WHERE id = :item""")
                .param("story", ref.storyId()).param("item", item.itemId())
                .param("signature", Fingerprinter.signature(fingerprint.bands()))
                .param("version", Fingerprinter.SIGNATURE_VERSION).update();
        stage(staged, staged != null ? staged : new Staged(window), item.itemId(), ref, item.sourceId(),
                item.published(), item.canonicalLink(), fingerprint);
        return ref;
    }

    /**
     * Drops any cached fingerprint of {@code itemId}; call when rewriting the item's text, so it
     * is compared by its new words (read again from the database). Its band hashes stay those of
     * the text it was first stored with, as they always did.
     */
    public synchronized void forget(long itemId) {
        recent.remove(itemId);
        window.forgetWords(itemId);
        Staged staged = currentStaged();
        if (staged != null) {
            staged.prints.remove(itemId);
            staged.window.forgetWords(itemId);
        }
    }

    /**
     * Call when part of the current transaction was rolled back to a savepoint (one source of a
     * group commit failed): what this transaction staged is read again from its own rows, so the
     * rolled-back items (whose ids SQLite hands out again) are never seen or published, and the
     * ones that stay still count for the rest of the transaction. Outside a transaction, a no-op.
     */
    public synchronized void discardRolledBack() {
        Staged staged = currentStaged();
        if (staged == null) {
            return;
        }
        staged.window = new StoryWindow(window);
        staged.prints.clear(); // read again from the rows, when a candidate needs one
        loader.loadAfter(staged.window, lastSeenId, horizon());
    }

    /** Stories carried by at least two outlets, updated since {@code since}; see {@link StoryViews}. */
    public List<StoryView> multiOutletStories(Instant since, Collection<String> sourceIds) {
        return new StoryViews(jdbc, fingerprinter, matcher).multiOutlet(since, sourceIds);
    }

    /**
     * The earliest publication time held: {@link #HELD} before now, or before the newest stored
     * report when that is older (a paused service, a restored backup, fixtures with fixed dates),
     * so its reports still find each other as they did when they were new.
     */
    private long horizon() {
        return Math.min(clock.millis(), newestPublished) - HELD.toMillis();
    }

    // ---- deciding -------------------------------------------------------------------------

    /** The story to join, or -1 for a new one. {@code selfId} is the item's own id when stored already (else 0). */
    private long decide(Staged staged, long selfId, String sourceId, String link, Instant published,
                        Fingerprint fingerprint) {
        if (link != null) {
            long story = storyWithLink(staged, link, selfId);
            if (story >= 0) {
                return story;
            }
        }
        return similarStory(staged, selfId, sourceId, published, fingerprint);
    }

    /**
     * The story of the first item with this canonical link: the window answers for held items;
     * only a link it has not seen is looked up in the database (one index probe, usually empty),
     * since the first item with that link may be older than the window.
     */
    private long storyWithLink(Staged staged, String link, long selfId) {
        long held = window.storyWithLink(link);
        if (held < 0 && staged != null) {
            held = staged.window.storyWithLink(link);
        }
        if (held >= 0) {
            return held;
        }
        return jdbc.sql("""
                        SELECT story_id FROM item
                        WHERE canonical_link = :link AND id <> :item AND story_id IS NOT NULL
                        ORDER BY id LIMIT 1""")
                .param("link", link).param("item", selfId)
                .query(Long.class).optional().orElse(-1L);
    }

    private long similarStory(Staged staged, long selfId, String sourceId, Instant published,
                              Fingerprint fingerprint) {
        long from = published.minus(WINDOW).toEpochMilli();
        long to = published.plus(WINDOW).toEpochMilli();
        StoryWindow.Hits hits = this.hits;
        hits.clear(MAX_CANDIDATES);
        window.hits(selfId, fingerprint.bands(), from, to, hits);
        if (staged != null) {
            staged.window.hits(selfId, fingerprint.bands(), from, to, hits); // never an id the window holds
        }
        // Scored in id order, as the database returned them: the first of equal scores wins.
        int kept = hits.keepMostShared(MAX_CANDIDATES);
        if (kept == 0) {
            return -1;
        }
        List<long[]> others = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            StoryWindow held = hits.window(i);
            long story = held.storyAt(hits.slot(i));
            // A candidate whose words cannot reach the matcher's bar scores -1 and is never chosen:
            // dropped here, before its fingerprint is read or taken.
            if (held.mayBeSameStory(hits.slot(i), fingerprint, matcher) && !storyHasSource(staged, story, sourceId)) {
                others.add(new long[]{hits.id(i), story});
            }
        }
        hits.clear();
        Map<Long, Fingerprint> prints = comparable(staged, others);
        long best = -1;
        double bestScore = -1;
        for (long[] candidate : others) {
            double score = matcher.sameStoryScore(fingerprint, prints.get(candidate[0]), frequencies);
            if (score > bestScore) {
                best = candidate[1];
                bestScore = score;
            }
        }
        return best;
    }

    private boolean storyHasSource(Staged staged, long storyId, String sourceId) {
        return window.storyHasSource(storyId, sourceId)
                || staged != null && staged.window.storyHasSource(storyId, sourceId);
    }

    /**
     * The candidates' comparable fingerprints: this transaction's own from the staging, others from
     * the cache (every rewrite of an item's text drops its entry, {@link #forget}), else from their
     * stored title and summary, read for those candidates only.
     */
    private Map<Long, Fingerprint> comparable(Staged staged, List<long[]> candidates) {
        Map<Long, Fingerprint> prints = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long[] c : candidates) {
            Fingerprint known = staged == null ? null : staged.prints.get(c[0]);
            if (known == null) {
                known = recent.get(c[0], Boolean.TRUE);
            }
            if (known != null) {
                prints.put(c[0], known);
            } else {
                missing.add(c[0]);
            }
        }
        if (missing.isEmpty()) {
            return prints;
        }
        StoryWindow own = staged == null ? null : staged.window;
        jdbc.sql("SELECT id, title, summary FROM item WHERE id IN (:ids)")
                .param("ids", missing)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Text(rs.getString(2), rs.getString(3))))
                .list()
                .forEach(e -> {
                    Fingerprint computed = fingerprinter.comparable(e.getValue());
                    recent.put(e.getKey(), Boolean.TRUE, computed);
                    window.words(e.getKey(), computed.words()); // known from now on: a no-op where not held
                    if (own != null) {
                        own.words(e.getKey(), computed.words());
                    }
                    prints.put(e.getKey(), computed);
                });
        return prints;
    }

    // ---- writing stories ------------------------------------------------------------------

    /** The item's story if it has one already, or null. */
    private StoryRef storedStory(long itemId) {
        return jdbc.sql("SELECT s.id, s.guid FROM item i JOIN story s ON s.id = i.story_id WHERE i.id = :item")
                .param("item", itemId)
                .query((rs, n) -> new StoryRef(rs.getLong(1), rs.getString(2), false))
                .optional().orElse(null);
    }

    /**
     * The story to join. Its {@code updated_at} is set when the transaction commits (at once
     * outside one).
     */
    private StoryRef joinStory(long storyId, Staged staged) {
        if (staged != null) {
            staged.joined.add(storyId);
        } else {
            touch(List.of(storyId));
        }
        String guid = window.guid(storyId);
        if (guid == null && staged != null) {
            guid = staged.window.guid(storyId);
        }
        if (guid == null) { // a story found through an old item's canonical link
            guid = jdbc.sql("SELECT guid FROM story WHERE id = :story").param("story", storyId)
                    .query(String.class).single();
        }
        return new StoryRef(storyId, guid, false);
    }

    /**
     * A new story for the item {@code itemKey} of {@code sourceId}; {@code firstItemId} is 0 when
     * the item is not inserted yet ({@link #store} sets it once it is).
     */
    private StoryRef startStory(String sourceId, String itemKey, long firstItemId) {
        String guid = guidFor(sourceId, itemKey);
        long now = clock.instant().toEpochMilli();
        List<Long> inserted = jdbc.sql("""
                        INSERT INTO story (guid, first_item_id, created_at, updated_at)
                        VALUES (:guid, :item, :now, :now) ON CONFLICT (guid) DO NOTHING RETURNING id""")
                .param("guid", guid).param("item", firstItemId).param("now", now).query(Long.class).list();
        if (!inserted.isEmpty()) {
            return new StoryRef(inserted.get(0), guid, true);
        }
        // A conflict means this item's key started the story before (e.g. re-inserted after pruning).
        long id = jdbc.sql("SELECT id FROM story WHERE guid = :guid").param("guid", guid).query(Long.class).single();
        return new StoryRef(id, guid, false);
    }

    // ---- staging per transaction ----------------------------------------------------------

    /** What one write transaction added: published to the window when it commits. */
    private static final class Staged {
        StoryWindow window;
        final Map<Long, Fingerprint> prints = new HashMap<>();
        /** Stories started by {@link #store}, whose {@code first_item_id} is set before commit. */
        final List<Long> created = new ArrayList<>();
        /** Stories joined, whose {@code updated_at} is set before commit. */
        final Set<Long> joined = new LinkedHashSet<>();

        Staged(StoryWindow base) {
            this.window = new StoryWindow(base);
        }
    }

    /** Records the stored item in {@code target}: the transaction's staging, or ({@code staged} null) published at once. */
    private void stage(Staged staged, Staged target, long itemId, StoryRef ref, String sourceId, Instant published,
                       String link, Fingerprint fingerprint) {
        target.window.add(new StoryWindow.Entry(itemId, ref.storyId(), ref.guid(), sourceId,
                published.toEpochMilli(), link, fingerprint.bands()));
        target.window.words(itemId, fingerprint.words());
        target.prints.put(itemId, fingerprint.withoutBands());
        if (staged == null) {
            writeStories(target); // no transaction: each statement committed already
            publish(target);
        }
    }

    /**
     * The story rows' part of a transaction, written once just before it commits: the first
     * report of each story it started (the smallest id among the story's items, all of them this
     * transaction's) and the update time of each story it joined.
     */
    private void writeStories(Staged staged) {
        List<Long> created = List.copyOf(staged.created);
        for (int from = 0; from < created.size(); from += BATCH) {
            jdbc.sql("UPDATE story SET first_item_id = (SELECT MIN(i.id) FROM item i WHERE i.story_id = story.id)"
                            + " WHERE id IN (:ids)")
                    .param("ids", created.subList(from, Math.min(created.size(), from + BATCH))).update();
        }
        touch(staged.joined.stream().filter(id -> !staged.created.contains(id)).toList());
        staged.created.clear();
        staged.joined.clear();
    }

    /** Sets the stories' update time to now (never back). */
    private void touch(List<Long> stories) {
        long now = clock.millis();
        for (int from = 0; from < stories.size(); from += BATCH) {
            jdbc.sql("UPDATE story SET updated_at = :now WHERE id IN (:ids) AND updated_at < :now")
                    .param("now", now).param("ids", stories.subList(from, Math.min(stories.size(), from + BATCH)))
                    .update();
        }
    }

    /**
     * This transaction's staging, created (after a {@link #catchUp}) on first use; null outside a
     * Spring-managed transaction, where each statement commits at once.
     */
    private Staged staged() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            catchUpNow();
            return null;
        }
        return TransactionScoped.get(this, () -> {
            catchUpNow();
            return new Staged(window);
        }, this::writeStories, this::publish);
    }

    private Staged currentStaged() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (Staged) TransactionSynchronizationManager.getResource(this) : null;
    }

    private synchronized void publish(Staged staged) {
        for (StoryWindow.Entry e : staged.window.entries()) {
            window.add(e);
            newestPublished = Math.max(newestPublished, e.published());
            lastSeenId = Math.max(lastSeenId, e.itemId());
            Fingerprint print = staged.prints.get(e.itemId());
            if (print != null) {
                recent.put(e.itemId(), Boolean.TRUE, print);
                window.words(e.itemId(), print.words());
            }
        }
        staged.window.storySources().forEach((story, sources) -> sources.forEach(s -> window.addSource(story, s)));
    }
}
