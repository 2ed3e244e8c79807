package org.rawafid.store;

import org.rawafid.model.Item;
import org.rawafid.model.StoredItem;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import static org.rawafid.store.SourceStateRepository.instant;
import static org.rawafid.store.SourceStateRepository.millis;

/**
 * Owns the SQL of table {@code item}. The dedup rule lives in the schema:
 * {@code UNIQUE(source_id, item_key)}; an item that comes again is updated in place,
 * and only when its content hash changed. Thread-safe; joins the caller's transaction.
 */
public final class ItemRepository {
    /** SQLite's default limit on bound parameters is 32766; stay far below it. */
    private static final int BATCH = 500;
    public static final String COLUMNS = "i.id, i.source_id, i.item_key, i.guid, i.link, i.canonical_link, i.title,"
            + " i.content_html, i.summary, i.author, i.image_url, i.categories, i.published_at, i.updated_at,"
            + " i.first_seen_at, i.story_id, s.guid AS story_guid";
    public static final String FROM = " FROM item i LEFT JOIN story s ON s.id = i.story_id";

    private final JdbcClient jdbc;
    private final ItemIndex index;

    public ItemRepository(JdbcClient jdbc) {
        this(jdbc, ItemIndex.NONE);
    }

    /** With {@code index} told of every insert and update, inside the same transaction (search). */
    public ItemRepository(JdbcClient jdbc, ItemIndex index) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * The index entry of {@code item} (search terms): pure and thread-safe, so callers take it
     * before the write transaction and pass it to {@link #insert(Item, String, Instant, ItemIndex.Entry)}
     * or {@link #update(long, Item, String, boolean, ItemIndex.Entry)}.
     */
    public ItemIndex.Entry indexEntry(Item item) {
        return index.entry(item);
    }

    /**
     * The same, given the plain text of {@code item.contentHtml()} as the cleaner rendered it
     * ({@link ItemIndex#entry(Item, String)}; null: taken from the HTML).
     */
    public ItemIndex.Entry indexEntry(Item item, String text) {
        return index.entry(item, text);
    }

    /** What is already stored for these keys of one source: key → (id, content hash). */
    public Map<String, Existing> findExisting(String sourceId, Collection<String> itemKeys) {
        Map<String, Existing> found = new HashMap<>();
        List<String> keys = new ArrayList<>(itemKeys);
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            jdbc.sql("SELECT id, item_key, content_hash FROM item WHERE source_id = :source AND item_key IN (:keys)")
                    .param("source", sourceId).param("keys", batch)
                    .query((rs, n) -> new Existing(rs.getLong("id"), rs.getString("item_key"), rs.getString("content_hash")))
                    .list().forEach(e -> found.put(e.itemKey(), e));
        }
        return found;
    }

    /** The stored item keys of one source whose canonical link is among {@code links}: link → key. */
    public Map<String, String> keysByCanonicalLink(String sourceId, Collection<String> links) {
        Map<String, String> found = new HashMap<>();
        List<String> all = new ArrayList<>(links);
        for (int from = 0; from < all.size(); from += BATCH) {
            jdbc.sql("SELECT canonical_link, item_key FROM item WHERE source_id = :source AND canonical_link IN (:links)")
                    .param("source", sourceId).param("links", all.subList(from, Math.min(all.size(), from + BATCH)))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list().forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    /**
     * Inserts a new item and returns its id, or empty when its key is already stored
     * (a concurrent refresh of the same source got there first).
     */
    public OptionalLong insert(Item item, Instant firstSeen) {
        return insert(item, contentHash(item), firstSeen);
    }

    /**
     * The same, recording {@code sourceHash} as the content hash: the hash of the item as the
     * feed gave it, when what is stored differs (full text replaced the feed's teaser), so the
     * next poll of an unchanged feed item is "unchanged" and does not undo the full text.
     */
    public OptionalLong insert(Item item, String sourceHash, Instant firstSeen) {
        return insert(item, sourceHash, firstSeen, null, null);
    }

    /**
     * The same, with the item's story and story signature written by the same statement (the story
     * index decides the story before the insert, so the row is never rewritten to add it; null:
     * none) and its search index entry already taken by {@link #indexEntry} before the write
     * transaction (null: taken here).
     */
    public OptionalLong insert(Item item, String sourceHash, Instant firstSeen, StoryColumns story,
                               ItemIndex.Entry entry) {
        List<Long> ids = jdbc.sql("INSERT INTO item (source_id, item_key, guid, link, canonical_link, title, content_html,"
                        + " summary, author, image_url, categories, published_at, updated_at, first_seen_at, content_hash,"
                        + " story_id, story_signature, signature_version)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT (source_id, item_key) DO NOTHING RETURNING id")
                .params(item.sourceId(), item.itemKey(), item.guid(), item.link(), item.canonicalLink(), item.title(),
                        item.contentHtml(), item.summary(), item.author(), item.imageUrl(),
                        String.join("\t", item.categories()), millis(item.published()), millis(item.updated()),
                        millis(firstSeen), sourceHash, story == null ? null : story.storyId(),
                        story == null ? null : story.signature(), story == null ? null : story.signatureVersion())
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return OptionalLong.empty();
        }
        index.put(ids.get(0), entry != null ? entry : index.entry(item));
        return OptionalLong.of(ids.get(0));
    }

    /**
     * What the story index stores with a new item: its story and its LSH band hashes
     * ({@code story_signature}, at {@code signatureVersion}; migration V8).
     */
    public record StoryColumns(long storyId, byte[] signature, int signatureVersion) {
        public StoryColumns {
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** Replaces a stored item's content (never its key, first-seen time or story). */
    public void update(long id, Item item) {
        update(id, item, contentHash(item), false);
    }

    /**
     * The same, with the hash of the item as the feed gave it (see {@link #insert(Item, String, Instant)}).
     * An item whose feed gives no date keeps its stored dates (its first-seen time).
     */
    public void update(long id, Item item, String sourceHash, boolean keepDates) {
        update(id, item, sourceHash, keepDates, null);
    }

    /** The same, with the item's index entry already taken by {@link #indexEntry} (null: taken here). */
    public void update(long id, Item item, String sourceHash, boolean keepDates, ItemIndex.Entry entry) {
        ItemIndex.Entry indexed = entry != null ? entry : index.entry(item);
        if (keepDates) {
            jdbc.sql("UPDATE item SET guid = ?, link = ?, canonical_link = ?, title = ?, content_html = ?, summary = ?,"
                            + " author = ?, image_url = ?, categories = ?, content_hash = ? WHERE id = ?")
                    .params(item.guid(), item.link(), item.canonicalLink(), item.title(), item.contentHtml(),
                            item.summary(), item.author(), item.imageUrl(), String.join("\t", item.categories()),
                            sourceHash, id)
                    .update();
            index.put(id, indexed);
            return;
        }
        update(id, item, sourceHash, indexed);
    }

    private void update(long id, Item item, String sourceHash, ItemIndex.Entry indexed) {
        jdbc.sql("UPDATE item SET guid = ?, link = ?, canonical_link = ?, title = ?, content_html = ?, summary = ?,"
                        + " author = ?, image_url = ?, categories = ?, published_at = ?, updated_at = ?, content_hash = ?"
                        + " WHERE id = ?")
                .params(item.guid(), item.link(), item.canonicalLink(), item.title(), item.contentHtml(),
                        item.summary(), item.author(), item.imageUrl(), String.join("\t", item.categories()),
                        millis(item.published()), millis(item.updated()), sourceHash, id)
                .update();
        index.put(id, indexed);
    }

    /** Item counts per source id. */
    public Map<String, Long> countBySource() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT source_id, count(*) FROM item GROUP BY source_id")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    public List<StoredItem> findBySource(String sourceId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE i.source_id = ? ORDER BY i.published_at DESC, i.id DESC")
                .param(sourceId).query((rs, n) -> map(rs)).list();
    }

    /**
     * The hash that decides whether an item that came again changed: what a reader sees, but not
     * the dates — an item without a date gets "now" on every poll, which is no change.
     */
    public static String contentHash(Item item) {
        // SHA-256 of the UTF-8 of the fields joined by NUL, fed field by field instead of joining
        // a copy of the whole item first: NUL is no surrogate, so the bytes are the same.
        MessageDigest sha = sha256();
        boolean first = true;
        for (String field : new String[] {item.title(), item.link(), item.contentHtml(), item.summary(), item.author(),
            item.imageUrl(), String.join("\t", item.categories())}) {
            if (!first) {
                sha.update((byte) 0);
            }
            first = false;
            sha.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** {@link #contentHash} as first written, over the joined string: what it is tested against. */
    static String contentHashOfJoined(Item item) {
        String text = String.join("\u0000", Arrays.asList(item.title(), item.link(), item.contentHtml(),
                item.summary(), item.author(), item.imageUrl(), String.join("\t", item.categories())));
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static StoredItem map(ResultSet rs) throws SQLException {
        String cats = rs.getString("categories");
        Item item = new Item(rs.getString("source_id"), rs.getString("item_key"), rs.getString("guid"),
                rs.getString("link"), rs.getString("canonical_link"), rs.getString("title"),
                rs.getString("content_html"), rs.getString("summary"), rs.getString("author"),
                rs.getString("image_url"), cats == null || cats.isEmpty() ? List.of() : List.of(cats.split("\t")),
                instant(rs, "published_at"), instant(rs, "updated_at"));
        return new StoredItem(rs.getLong("id"), item, instant(rs, "first_seen_at"), rs.getLong("story_id"),
                rs.getString("story_guid"));
    }

    /** A stored item's identity and content hash, for deciding insert / update / unchanged. */
    public record Existing(long id, String itemKey, String contentHash) {
    }
}
