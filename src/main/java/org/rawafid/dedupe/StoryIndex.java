package org.rawafid.dedupe;

import org.springframework.jdbc.core.simple.JdbcClient;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assigns each new item to a story, stored in tables {@code story} and {@code item.story_id}
 * with LSH band hashes in {@code story_band}. Call {@link #assign} inside the transaction
 * that inserted the item, with the same {@link JdbcClient} (Spring binds the connection).
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
 * <p>Each assigned item's words are counted in {@link WordFrequencies} (once per item), and the
 * matcher's rare-word rule reads those counts: the decision is a function of the two
 * fingerprints and the corpus statistics only.
 *
 * <p>Thread-safe if the database is; its mutable state is a {@link FingerprintCache} of recent
 * items' fingerprints, which never changes a result, and the in-memory word counts.
 */
public final class StoryIndex {
    public static final Duration WINDOW = Duration.ofHours(48);
    static final int MAX_CANDIDATES = 50;
    /** About 4 KB each: ~40 MB at most, covering the candidates of a busy 48 h window's newest items. */
    static final int CACHED_FINGERPRINTS = 10_000;

    private final JdbcClient jdbc;
    private final Fingerprinter fingerprinter;
    private final StoryMatcher matcher;
    private final InstantSource clock;
    private final BandTable bands;
    private final FingerprintCache recent = new FingerprintCache(CACHED_FINGERPRINTS);
    private final WordFrequencies frequencies;

    public StoryIndex(JdbcClient jdbc, Fingerprinter fingerprinter, StoryMatcher matcher, InstantSource clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bands = new BandTable(jdbc);
        this.frequencies = new WordFrequencies(jdbc);
    }

    /** The guid of a story whose first report is {@code itemKey} of {@code sourceId}. */
    public static String guidFor(String sourceId, String itemKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((sourceId + "\n" + itemKey).getBytes(StandardCharsets.UTF_8));
            return "urn:rawafid:story:" + HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new DedupeException("SHA-256 unavailable", e);
        }
    }

    /** Assigns {@code item} to a story (joining or starting one) and indexes it; idempotent. */
    public StoryRef assign(NewItem item) {
        Objects.requireNonNull(item, "item");
        return assign(item, fingerprinter.fingerprint(item.text()));
    }

    /**
     * The fingerprint {@link #assign(NewItem, Fingerprint)} needs for an item with this title and
     * lead. A pure function of the text: callers take it before the write transaction, so the
     * normalising and hashing run in parallel instead of inside the single writer.
     */
    public Fingerprint fingerprint(String title, String lead) {
        return fingerprinter.fingerprint(new Text(title, lead));
    }

    /** {@link #assign(NewItem)} with the item's {@link #fingerprint} already taken. */
    public StoryRef assign(NewItem item, Fingerprint fingerprint) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Stored stored = storedItem(item.itemId());
        if (stored.story() != null) {
            return stored.story();
        }
        frequencies.count(fingerprint.tokens());
        Optional<Long> story = storyWithLink(item).or(() -> similarStory(item, fingerprint));
        StoryRef ref = story.map(this::joinStory).orElseGet(() -> startStory(item));
        jdbc.sql("UPDATE item SET story_id = :story WHERE id = :item")
                .param("story", ref.storyId()).param("item", item.itemId()).update();
        bands.insert(item.itemId(), fingerprint.bands(), item.published());
        if (stored.contentHash() != null) {
            recent.put(item.itemId(), stored.contentHash(), fingerprint.withoutBands());
        }
        return ref;
    }

    /**
     * Drops any cached fingerprint of {@code itemId}; call when rewriting the item's text. The
     * content-hash check already catches a rewrite, except one that returns the feed's earlier
     * version while a full-text summary changed in between: then the hash repeats, the text
     * does not.
     */
    public void forget(long itemId) {
        recent.remove(itemId);
    }

    /** Stories carried by at least two outlets, updated since {@code since}; see {@link StoryViews}. */
    public List<StoryView> multiOutletStories(Instant since, Collection<String> sourceIds) {
        return new StoryViews(jdbc, fingerprinter, matcher).multiOutlet(since, sourceIds);
    }

    /** The item's story if it has one, and its content hash (null when there is no such row). */
    private Stored storedItem(long itemId) {
        return jdbc.sql("""
                        SELECT i.content_hash, s.id, s.guid FROM item i LEFT JOIN story s ON s.id = i.story_id
                        WHERE i.id = :item""")
                .param("item", itemId)
                .query((rs, n) -> new Stored(rs.getString(1),
                        rs.getString(3) == null ? null : new StoryRef(rs.getLong(2), rs.getString(3), false)))
                .optional().orElse(new Stored(null, null));
    }

    private record Stored(String contentHash, StoryRef story) {
    }

    private Optional<Long> storyWithLink(NewItem item) {
        if (item.canonicalLink() == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT story_id FROM item
                        WHERE canonical_link = :link AND id <> :item AND story_id IS NOT NULL
                        ORDER BY id LIMIT 1""")
                .param("link", item.canonicalLink()).param("item", item.itemId())
                .query(Long.class).optional();
    }

    private Optional<Long> similarStory(NewItem item, Fingerprint fingerprint) {
        List<Long> ids = bands.candidates(item.itemId(), fingerprint.bands(),
                item.published().minus(WINDOW), item.published().plus(WINDOW), MAX_CANDIDATES);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> candidates = jdbc.sql("""
                        SELECT id, story_id, content_hash FROM item
                        WHERE id IN (:ids) AND story_id IS NOT NULL""")
                .param("ids", ids)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> sameOutlet = storiesWithSource(candidates, item.sourceId());
        List<Candidate> others = candidates.stream().filter(c -> !sameOutlet.contains(c.storyId())).toList();
        Map<Long, Fingerprint> prints = comparable(others);
        Candidate best = null;
        double bestScore = -1;
        for (Candidate candidate : others) {
            double score = matcher.sameStoryScore(fingerprint, prints.get(candidate.itemId()), frequencies);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(Candidate::storyId);
    }

    /**
     * The candidates' fingerprints: from the cache when the stored content hash is the one the
     * fingerprint was taken at (every rewrite of an item's title or summary stores a new hash),
     * else from their title and summary, read for those candidates only.
     */
    private Map<Long, Fingerprint> comparable(List<Candidate> candidates) {
        Map<Long, Fingerprint> prints = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Candidate c : candidates) {
            Fingerprint cached = recent.get(c.itemId(), c.contentHash());
            if (cached != null) {
                prints.put(c.itemId(), cached);
            } else {
                missing.add(c.itemId());
            }
        }
        if (missing.isEmpty()) {
            return prints;
        }
        Map<Long, String> hashes = new HashMap<>();
        candidates.forEach(c -> hashes.put(c.itemId(), c.contentHash()));
        jdbc.sql("SELECT id, title, summary FROM item WHERE id IN (:ids)")
                .param("ids", missing)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Text(rs.getString(2), rs.getString(3))))
                .list()
                .forEach(e -> {
                    Fingerprint computed = fingerprinter.comparable(e.getValue());
                    recent.put(e.getKey(), hashes.get(e.getKey()), computed);
                    prints.put(e.getKey(), computed);
                });
        return prints;
    }

    private Set<Long> storiesWithSource(List<Candidate> candidates, String sourceId) {
        Set<Long> storyIds = candidates.stream().map(Candidate::storyId).collect(Collectors.toSet());
        return Set.copyOf(jdbc.sql("""
                        SELECT DISTINCT story_id FROM item
                        WHERE story_id IN (:stories) AND source_id = :source""")
                .param("stories", storyIds).param("source", sourceId)
                .query(Long.class).list());
    }

    private StoryRef joinStory(long storyId) {
        long now = clock.instant().toEpochMilli();
        jdbc.sql("UPDATE story SET updated_at = :now WHERE id = :story AND updated_at < :now")
                .param("now", now).param("story", storyId).update();
        String guid = jdbc.sql("SELECT guid FROM story WHERE id = :story").param("story", storyId)
                .query(String.class).single();
        return new StoryRef(storyId, guid, false);
    }

    private StoryRef startStory(NewItem item) {
        String guid = guidFor(item.sourceId(), item.itemKey());
        long now = clock.instant().toEpochMilli();
        List<Long> inserted = jdbc.sql("""
                        INSERT INTO story (guid, first_item_id, created_at, updated_at)
                        VALUES (:guid, :item, :now, :now) ON CONFLICT (guid) DO NOTHING RETURNING id""")
                .param("guid", guid).param("item", item.itemId()).param("now", now).query(Long.class).list();
        if (!inserted.isEmpty()) {
            return new StoryRef(inserted.get(0), guid, true);
        }
        // A conflict means this item's key started the story before (e.g. re-inserted after pruning).
        Map<String, Object> row = jdbc.sql("SELECT id FROM story WHERE guid = :guid").param("guid", guid)
                .query().singleRow();
        return new StoryRef(((Number) row.get("id")).longValue(), guid, false);
    }

    private record Candidate(long itemId, long storyId, String contentHash) {
    }
}
