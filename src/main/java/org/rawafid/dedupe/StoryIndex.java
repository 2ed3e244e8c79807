package org.rawafid.dedupe;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
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
 * <p>Thread-safe if the database is; its only mutable state is a {@link FingerprintCache}
 * of recent items' fingerprints, which never changes a result.
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

    public StoryIndex(JdbcClient jdbc, Fingerprinter fingerprinter, StoryMatcher matcher, InstantSource clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bands = new BandTable(jdbc);
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
        Optional<StoryRef> existing = storyOfItem(item.itemId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Fingerprint fingerprint = fingerprinter.fingerprint(item.text());
        Optional<Long> story = storyWithLink(item).or(() -> similarStory(item, fingerprint));
        StoryRef ref = story.map(this::joinStory).orElseGet(() -> startStory(item));
        jdbc.sql("UPDATE item SET story_id = :story WHERE id = :item")
                .param("story", ref.storyId()).param("item", item.itemId()).update();
        bands.insert(item.itemId(), fingerprint.bands(), item.published());
        recent.put(item.itemId(), item.text(), withoutBands(fingerprint));
        return ref;
    }

    /** Stories carried by at least two outlets, updated since {@code since}; see {@link StoryViews}. */
    public List<StoryView> multiOutletStories(Instant since, Collection<String> sourceIds) {
        return new StoryViews(jdbc, fingerprinter, matcher).multiOutlet(since, sourceIds);
    }

    private Optional<StoryRef> storyOfItem(long itemId) {
        return jdbc.sql("SELECT s.id, s.guid FROM item i JOIN story s ON s.id = i.story_id WHERE i.id = :item")
                .param("item", itemId)
                .query((rs, n) -> new StoryRef(rs.getLong(1), rs.getString(2), false))
                .optional();
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
                        SELECT id, story_id, title, summary FROM item
                        WHERE id IN (:ids) AND story_id IS NOT NULL""")
                .param("ids", ids)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), new Text(rs.getString(3), rs.getString(4))))
                .list();
        Set<Long> sameOutlet = storiesWithSource(candidates, item.sourceId());
        Candidate best = null;
        double bestScore = -1;
        for (Candidate candidate : candidates) {
            if (sameOutlet.contains(candidate.storyId())) {
                continue;
            }
            Comparison c = matcher.compare(fingerprint, comparable(candidate));
            if (c.sameStory() && c.score() > bestScore) {
                best = candidate;
                bestScore = c.score();
            }
        }
        return Optional.ofNullable(best).map(Candidate::storyId);
    }

    private Fingerprint comparable(Candidate candidate) {
        Fingerprint cached = recent.get(candidate.itemId(), candidate.text());
        if (cached != null) {
            return cached;
        }
        Fingerprint computed = fingerprinter.comparable(candidate.text());
        recent.put(candidate.itemId(), candidate.text(), computed);
        return computed;
    }

    private static Fingerprint withoutBands(Fingerprint f) {
        return new Fingerprint(f.normalized(), f.tokens(), f.numbers(), f.titleNumbers(), f.cues(), new long[0],
                f.tokenSet(), f.tails());
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
        int inserted = jdbc.sql("""
                        INSERT INTO story (guid, first_item_id, created_at, updated_at)
                        VALUES (:guid, :item, :now, :now) ON CONFLICT (guid) DO NOTHING""")
                .param("guid", guid).param("item", item.itemId()).param("now", now).update();
        Map<String, Object> row = jdbc.sql("SELECT id FROM story WHERE guid = :guid").param("guid", guid)
                .query().singleRow();
        // A conflict means this item's key started the story before (e.g. re-inserted after pruning).
        return new StoryRef(((Number) row.get("id")).longValue(), guid, inserted == 1);
    }

    private record Candidate(long itemId, long storyId, Text text) {
    }
}
