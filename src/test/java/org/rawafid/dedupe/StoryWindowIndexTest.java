package org.rawafid.dedupe;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rawafid.model.Item;
import org.rawafid.store.BackendTest;
import org.rawafid.store.ItemRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The story index's window in memory: what a transaction adds is seen only once it commits,
 * rows another writer committed are taken in before deciding, items leave by age and by pruning,
 * and a rebuild from the stored signatures (recomputed where missing or of another version)
 * holds exactly what the live index held.
 */
class StoryWindowIndexTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");
    private static final String QUAKE = "زلزال بقوة 5.2 درجات يضرب ولاية ملاطية شرقي تركيا";
    private static final String QUAKE_AGAIN = "زلزال بقوة 5.2 درجات يضرب ملاطية شرقي تركيا";
    private static final String MATCH = "محمد صلاح يقود ليفربول للفوز على مانشستر سيتي";

    private JdbcClient jdbc;
    private FakeClock clock;
    private Fingerprinter fingerprinter;
    private TransactionTemplate tx;
    private ItemRepository items;

    @BeforeEach
    void open() {
        jdbc = database().db().jdbc();
        clock = new FakeClock(T0);
        fingerprinter = new Fingerprinter(new ArabicNormalizer());
        tx = new TransactionTemplate(new DataSourceTransactionManager(database().db().dataSource()));
        items = new ItemRepository(jdbc);
    }

    private StoryIndex newIndex() {
        return new StoryIndex(jdbc, fingerprinter, new StoryMatcher(fingerprinter), clock);
    }

    /** Stores one item the way the refresher does: catch up, decide, insert with the story. */
    private Optional<StoryRef> store(StoryIndex index, String source, String key, Instant published, String title) {
        Item item = new Item(source, key, key, null, null, title, "<p>" + title + "</p>", title, null, null, List.of(),
                published, published);
        return index.store(new Report(source, key, null, published), index.fingerprint(title, title),
                (story, signature, version) -> items.insert(item, ItemRepository.contentHash(item), published,
                        new ItemRepository.StoryColumns(story, signature, version), null));
    }

    private StoryRef storeInTransaction(StoryIndex index, String source, String key, Instant published, String title) {
        return tx.execute(status -> {
            index.catchUp();
            return store(index, source, key, published, title).orElseThrow();
        });
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void insertsTheItemWithItsStoryAndTheStoryWithItsFirstItem() {
        StoryIndex index = newIndex();
        StoryRef first = storeInTransaction(index, "aljazeera", "a1", T0, QUAKE);
        StoryRef second = storeInTransaction(index, "rt", "r1", T0.plusSeconds(60), QUAKE_AGAIN);

        assertThat(first.created()).isTrue();
        assertThat(second).isEqualTo(new StoryRef(first.storyId(), first.guid(), false));
        assertThat(jdbc.sql("SELECT first_item_id FROM story").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT id FROM item WHERE item_key = 'a1'").query(Long.class).single());
        assertThat(jdbc.sql("SELECT count(*) FROM item WHERE story_id = ? AND signature_version = ?")
                .params(first.storyId(), Fingerprinter.SIGNATURE_VERSION).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anItemOfTheSameTransactionIsACandidateBeforeItCommits() {
        StoryIndex index = newIndex();
        List<StoryRef> refs = tx.execute(status -> List.of(
                store(index, "aljazeera", "a1", T0, QUAKE).orElseThrow(),
                store(index, "rt", "r1", T0.plusSeconds(60), QUAKE_AGAIN).orElseThrow()));

        assertThat(refs.get(1).storyId()).isEqualTo(refs.get(0).storyId());
        assertThat(index.heldItems()).isEqualTo(2);
    }

    @Test
    void aRolledBackTransactionLeavesNothingInTheWindow() {
        StoryIndex index = newIndex();
        assertThatThrownBy(() -> tx.execute(status -> {
            store(index, "aljazeera", "a1", T0, QUAKE).orElseThrow();
            assertThat(index.heldItems()).as("staged, not held").isZero();
            throw new IllegalStateException("the source's write failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(index.heldItems()).isZero();
        StoryRef again = storeInTransaction(index, "rt", "r1", T0.plusSeconds(60), QUAKE_AGAIN);
        assertThat(again.created()).as("no phantom story to join").isTrue();
        assertThat(count("story")).isEqualTo(1);
        assertThat(count("item")).isEqualTo(1);
    }

    @Test
    void aKeyAlreadyStoredLeavesNoStoryBehind() {
        StoryIndex index = newIndex();
        storeInTransaction(index, "aljazeera", "a1", T0, QUAKE);

        Optional<StoryRef> again = tx.execute(status -> store(index, "aljazeera", "a1", T0, MATCH));

        assertThat(again).isEmpty();
        assertThat(count("story")).isEqualTo(1);
        assertThat(index.heldItems()).isEqualTo(1);
    }

    @Test
    void catchUpTakesInWhatAnotherWriterCommitted() {
        StoryIndex serve = newIndex();
        StoryIndex fetch = newIndex(); // `rawafid fetch` beside `serve`, or another node
        serve.rebuild(Runnable::run);
        fetch.rebuild(Runnable::run);

        StoryRef first = storeInTransaction(fetch, "aljazeera", "a1", T0, QUAKE);
        StoryRef second = storeInTransaction(serve, "rt", "r1", T0.plusSeconds(60), QUAKE_AGAIN);
        StoryRef third = storeInTransaction(fetch, "sky", "s1", T0.plusSeconds(120), QUAKE);

        assertThat(second.storyId()).isEqualTo(first.storyId());
        assertThat(third.storyId()).isEqualTo(first.storyId());
        assertThat(serve.heldItems()).isEqualTo(2);
        serve.catchUp();
        assertThat(serve.heldItems()).isEqualTo(3);
    }

    @Test
    void catchUpKnowsTheOutletsOfAnotherWritersItems() {
        StoryIndex serve = newIndex();
        StoryIndex fetch = newIndex();
        serve.rebuild(Runnable::run);
        StoryRef first = storeInTransaction(fetch, "youm7", "y1", T0, QUAKE);

        StoryRef repeat = storeInTransaction(serve, "youm7", "y2", T0.plusSeconds(600), QUAKE);

        assertThat(repeat.storyId()).as("an outlet repeating its own story stays apart").isNotEqualTo(first.storyId());
    }

    @Test
    void itemsLeaveTheWindowByAge() {
        StoryIndex index = newIndex();
        storeInTransaction(index, "aljazeera", "a1", T0, QUAKE);
        Instant later = T0.plus(StoryIndex.HELD).plus(Duration.ofHours(1));
        clock.set(later);

        storeInTransaction(index, "rt", "r1", later, MATCH);
        clock.advance(Duration.ofMinutes(2));
        index.catchUp();

        assertThat(index.heldItems()).isEqualTo(1);
        assertThat(jdbcHeldKeys(index)).containsExactly("r1");
    }

    @Test
    void prunedItemsLeaveTheWindowAndTheirStoriesAreNotJoined() {
        StoryIndex index = newIndex();
        storeInTransaction(index, "aljazeera", "a1", T0, QUAKE);
        storeInTransaction(index, "bbc", "b1", T0.plus(Duration.ofHours(3)), MATCH);
        // `rawafid prune` in another process, retention shorter than the window.
        jdbc.sql("DELETE FROM item WHERE published_at < ?").param(T0.plusSeconds(1).toEpochMilli()).update();
        jdbc.sql("DELETE FROM story WHERE id NOT IN (SELECT story_id FROM item)").update();

        StoryRef late = storeInTransaction(index, "rt", "r1", T0.plus(Duration.ofHours(4)), QUAKE_AGAIN);

        assertThat(late.created()).isTrue();
        assertThat(jdbcHeldKeys(index)).containsExactly("b1", "r1");
    }

    @Test
    void aRebuildFromTheStoredSignaturesHoldsWhatTheLiveIndexHeld() {
        StoryIndex live = newIndex();
        List<StoryFixtures.Labelled> labelled = StoryFixtures.labelled().stream()
                .sorted((a, b) -> a.published().compareTo(b.published())).toList();
        for (StoryFixtures.Labelled item : labelled) {
            clock.set(item.published());
            storeInTransaction(live, item.source(), item.key(), item.published(), item.title());
        }

        StoryIndex rebuilt = newIndex();
        assertThat(rebuilt.rebuild(Runnable::run)).as("recomputed").isZero();

        assertThat(held(rebuilt)).isEqualTo(held(live)).hasSizeGreaterThan(labelled.size() / 2);
    }

    @Test
    void signaturesMissingOrOfAnotherVersionAreRecomputedAndWrittenBack() {
        StoryIndex live = newIndex();
        storeInTransaction(live, "aljazeera", "a1", T0, QUAKE);
        storeInTransaction(live, "rt", "r1", T0.plusSeconds(60), QUAKE_AGAIN);
        storeInTransaction(live, "bbc", "b1", T0.plusSeconds(120), MATCH);
        byte[] stored = jdbc.sql("SELECT story_signature FROM item WHERE item_key = 'a1'").query(byte[].class).single();
        jdbc.sql("UPDATE item SET story_signature = NULL, signature_version = NULL WHERE item_key = 'a1'").update();
        jdbc.sql("UPDATE item SET story_signature = ?, signature_version = ? WHERE item_key = 'r1'")
                .params(new byte[Fingerprinter.BANDS * Long.BYTES], Fingerprinter.SIGNATURE_VERSION - 1).update();

        StoryIndex rebuilt = newIndex();
        assertThat(rebuilt.rebuild(work -> tx.executeWithoutResult(status -> work.run()))).isEqualTo(2);

        assertThat(held(rebuilt)).isEqualTo(held(live));
        assertThat(jdbc.sql("SELECT story_signature FROM item WHERE item_key = 'a1'").query(byte[].class).single())
                .isEqualTo(stored);
        assertThat(jdbc.sql("SELECT count(*) FROM item WHERE signature_version = ?")
                .param(Fingerprinter.SIGNATURE_VERSION).query(Long.class).single()).isEqualTo(3);
        assertThat(storeInTransaction(rebuilt, "sky", "s1", T0.plusSeconds(180), QUAKE).storyId())
                .isEqualTo(jdbc.sql("SELECT story_id FROM item WHERE item_key = 'a1'").query(Long.class).single());
    }

    /**
     * An item whose text is rewritten ({@link StoryIndex#forget}) is compared by its new words: the
     * compact form of its old words the window kept for the prefilter is dropped with its cached
     * fingerprint. Here the old text is a long one a short report can share a band with but never
     * match (the prefilter rejects it), the new one is that report's own story.
     */
    @Test
    void aRewrittenItemIsComparedByItsNewWordsNotTheOldOnesCompactForm() {
        String filler = String.join(" ", List.of("اقتصاد", "سوق", "تجارة", "مصنع", "زراعة", "قمح", "شعير", "قطن",
                "حديد", "نحاس", "ذهب", "فضة", "بنك", "قرض", "ضريبة", "موازنة", "عجز", "فائض", "صادرات", "واردات",
                "استثمار", "شركة", "مساهم", "أرباح", "خسائر", "بورصة", "سندات", "عملة", "تضخم", "بطالة", "أجور",
                "إنتاج", "طاقة", "كهرباء", "مياه", "نقل"));
        String longText = QUAKE + " " + filler;
        Fingerprint old = fingerprinter.fingerprint(new Text(longText, longText));
        Fingerprint report = fingerprinter.fingerprint(new Text(QUAKE_AGAIN, QUAKE_AGAIN));
        long[] held = new long[WordSet.SIGNATURE_LONGS];
        old.words().copySignature(held, 0);
        assertThat(report.sharesBandWith(old)).as("a candidate by its first text's bands").isTrue();
        assertThat(new StoryMatcher(fingerprinter).mayBeSameStory(report, old.words().size(), held, 0))
                .as("its first text's words never match").isFalse();

        StoryIndex index = newIndex();
        StoryRef first = storeInTransaction(index, "aljazeera", "a1", T0, longText);
        long id = jdbc.sql("SELECT id FROM item WHERE item_key = 'a1'").query(Long.class).single();
        tx.executeWithoutResult(status -> {
            jdbc.sql("UPDATE item SET title = :t, summary = :t WHERE id = :id").param("t", QUAKE).param("id", id)
                    .update();
            index.forget(id);
        });

        assertThat(storeInTransaction(index, "rt", "r1", T0.plusSeconds(60), QUAKE_AGAIN).storyId())
                .isEqualTo(first.storyId());
    }

    /** The window's items as comparable text: id, story, guid, outlet, time, link, bands. */
    private static List<String> held(StoryIndex index) {
        return index.heldEntries().stream().map(e -> e.itemId() + " " + e.storyId() + " " + e.guid() + " "
                + e.sourceId() + " " + e.published() + " " + e.link() + " " + Arrays.toString(e.bands())).toList();
    }

    private List<String> jdbcHeldKeys(StoryIndex index) {
        return index.heldEntries().stream().map(e -> jdbc.sql("SELECT item_key FROM item WHERE id = ?")
                .param(e.itemId()).query(String.class).single()).toList();
    }
}
