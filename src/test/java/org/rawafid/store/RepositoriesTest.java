package org.rawafid.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rawafid.model.Item;
import org.rawafid.model.SourceState;
import org.rawafid.model.StoredItem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's repositories — items, source state, feed pages — on a real database.
 * {@link RepositoriesOnPostgresTest} runs the same tests on PostgreSQL, so the one set of
 * SQL is proved on both.
 */
class RepositoriesTest extends BackendTest {
    static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    Database db;
    ItemRepository items;
    SourceStateRepository states;
    EntryQuery entries;
    WriteTransactions tx;

    @BeforeEach
    void open() {
        db = database().db();
        items = new ItemRepository(db.jdbc());
        states = new SourceStateRepository(db.jdbc());
        entries = new EntryQuery(db.jdbc());
        tx = new WriteTransactions(db);
    }

    static Item item(String source, String key, String title, Instant published) {
        return new Item(source, key, key, "https://e.org/" + source + "/" + key, "e.org/" + source + "/" + key, title,
                "<p>" + title + "</p>", title, "مراسل", null, List.of("سياسة", "مصر"), published, published);
    }

    private long insert(Item item) {
        return tx.write(() -> items.insert(item, T0).orElseThrow());
    }

    private void story(long storyId, long... itemIds) {
        tx.write(() -> {
            db.jdbc().sql("INSERT INTO story (id, guid, first_item_id, created_at, updated_at) VALUES (?, ?, ?, 0, 0)")
                    .params(storyId, "urn:test:" + storyId, itemIds[0]).update();
            for (long id : itemIds) {
                db.jdbc().sql("UPDATE item SET story_id = ? WHERE id = ?").params(storyId, id).update();
            }
            return null;
        });
    }

    @Test
    void insertReturnsAnIdOnceAndTheSameKeyAgainIsNotAdded() {
        long id = insert(item("a", "k1", "خبر أول", T0));

        var again = tx.write(() -> items.insert(item("a", "k1", "خبر مكرر", T0), T0));
        long other = insert(item("b", "k1", "نفس المفتاح من مصدر آخر", T0));

        assertThat(id).isPositive();
        assertThat(again).isEmpty();
        assertThat(other).isNotEqualTo(id);
        assertThat(items.countBySource()).containsOnly(Map.entry("a", 1L), Map.entry("b", 1L));
        StoredItem stored = items.findBySource("a").get(0);
        assertThat(stored.item().title()).isEqualTo("خبر أول");
        assertThat(stored.item().categories()).containsExactly("سياسة", "مصر");
        assertThat(stored.item().published()).isEqualTo(T0);
        assertThat(stored.firstSeen()).isEqualTo(T0);
    }

    @Test
    void findsExistingKeysAndCanonicalLinksInBatchesLargerThanOneStatement() {
        List<String> keys = new ArrayList<>();
        tx.write(() -> {
            for (int i = 0; i < 1200; i++) {
                items.insert(item("a", "k" + i, "خبر " + i, T0.plusSeconds(i)), T0);
                keys.add("k" + i);
            }
            return null;
        });
        keys.add("missing");

        var existing = items.findExisting("a", keys);
        var byLink = items.keysByCanonicalLink("a", List.of("e.org/a/k7", "e.org/a/k1199", "e.org/b/k7"));

        assertThat(existing).hasSize(1200).doesNotContainKey("missing");
        assertThat(existing.get("k5").contentHash()).isEqualTo(ItemRepository.contentHash(item("a", "k5", "خبر 5", T0)));
        assertThat(byLink).containsOnly(Map.entry("e.org/a/k7", "k7"), Map.entry("e.org/a/k1199", "k1199"));
    }

    @Test
    void updateReplacesContentKeepsIdentityAndCanKeepTheDates() {
        long id = insert(item("a", "k1", "عنوان قديم", T0));
        Item edited = item("a", "k1", "عنوان جديد", T0.plus(Duration.ofHours(2)));

        tx.write(() -> {
            items.update(id, edited, "feed-hash", true);
            return null;
        });
        StoredItem kept = items.findBySource("a").get(0);
        tx.write(() -> {
            items.update(id, edited);
            return null;
        });
        StoredItem moved = items.findBySource("a").get(0);

        assertThat(kept.id()).isEqualTo(id);
        assertThat(kept.item().title()).isEqualTo("عنوان جديد");
        assertThat(kept.item().published()).isEqualTo(T0);
        assertThat(items.findExisting("a", List.of("k1")).get("k1").contentHash()).isEqualTo(
                ItemRepository.contentHash(edited));
        assertThat(moved.item().published()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(moved.firstSeen()).isEqualTo(T0);
    }

    @Test
    void sourceStateRoundTripsEveryFieldAndUpsertsInPlace() {
        SourceState full = new SourceState("a", "https://e.org/new.xml", "https://e.org/old.xml", "\"etag\"",
                "Sat, 28 Nov 2026 08:00:00 GMT", "القاهرة", "https://e.org/", "ar", T0, T0.minusSeconds(60),
                "moved", 301, null, 0, T0.plus(Duration.ofMinutes(15)), "iso-8859-1", "windows-1256", null);
        SourceState failed = new SourceState("a", "https://e.org/new.xml", "https://e.org/old.xml", null, null,
                "القاهرة", null, null, T0.plusSeconds(900), T0, "failed", null, "timed out after 20s", 3,
                T0.plus(Duration.ofHours(2)), null, null, "gone (HTTP 410)");

        states.save(full);
        SourceState read = states.get("a");
        states.save(failed);

        assertThat(read).isEqualTo(full);
        assertThat(states.get("a")).isEqualTo(failed);
        assertThat(states.findAll()).containsExactly(failed);
        assertThat(states.get("never")).isEqualTo(SourceState.fresh("never"));
    }

    @Test
    void pagesAreNewestFirstWithAKeysetCursorAndStoriesStandForTheirFirstReport() {
        long a1 = insert(item("a", "1", "أ١", T0));
        long b1 = insert(item("b", "1", "ب١", T0.plusSeconds(60)));
        long a2 = insert(item("a", "2", "أ٢", T0.plusSeconds(120)));
        long c1 = insert(item("c", "1", "ج١", T0.plusSeconds(180)));
        long a3 = insert(item("a", "3", "أ٣", T0.plusSeconds(120))); // same time as a2: id breaks the tie
        story(1, a1, b1);
        List<String> ab = List.of("a", "b");

        List<StoredItem> page1 = entries.entries(new EntryQuery.Page(ab, null, null, 0, 2, false));
        StoredItem last = page1.get(1);
        List<StoredItem> page2 = entries.entries(new EntryQuery.Page(ab, null, last.item().published(), last.id(), 2,
                false));
        List<StoredItem> stories = entries.entries(new EntryQuery.Page(ab, null, null, 0, 10, true));
        List<StoredItem> recent = entries.entries(new EntryQuery.Page(ab, T0.plusSeconds(100), null, 0, 10, false));

        assertThat(page1).extracting(StoredItem::id).containsExactly(a3, a2);
        assertThat(page2).extracting(StoredItem::id).containsExactly(b1, a1);
        assertThat(stories).extracting(StoredItem::id).containsExactly(a3, a2, a1);
        assertThat(stories.get(2).storyGuid()).isEqualTo("urn:test:1");
        assertThat(recent).extracting(StoredItem::id).containsExactly(a3, a2);
        assertThat(entries.count(ab, null, false)).isEqualTo(4);
        assertThat(entries.count(ab, null, true)).isEqualTo(3);
        assertThat(entries.count(List.of("a", "b", "c"), T0.plusSeconds(150), false)).isEqualTo(1);
        assertThat(entries.storyMembers(List.of(1L), ab).get(1L)).extracting(StoredItem::id).containsExactly(a1, b1);
        assertThat(entries.storyMembers(List.of(1L), List.of("b")).get(1L)).extracting(StoredItem::id)
                .containsExactly(b1);
        assertThat(entries.lastUpdate(ab)).isEqualTo(T0.plusSeconds(120));
        assertThat(entries.lastUpdate(List.of("nobody"))).isNull();
        assertThat(c1).isPositive();
    }

    @Test
    void concurrentWritersNeitherFailNorLoseRows() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String source = "s" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        tx.write(() -> {
                            items.insert(item(source, "k" + n, "خبر " + n, T0.plusSeconds(n)), T0);
                            states.save(SourceState.fresh(source));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(items.countBySource().values()).hasSize(8).allMatch(n -> n == 25);
        assertThat(states.findAll()).hasSize(8);
    }

    @Test
    void aRolledBackTransactionLeavesNothing() {
        try {
            tx.write(() -> {
                items.insert(item("a", "k1", "لن يبقى", T0), T0);
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the write failed as it should
        }

        assertThat(items.countBySource()).isEmpty();
    }
}
