package org.rawafid.dedupe;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.store.BackendTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIndexTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");

    @TempDir
    Path dir;

    private JdbcClient jdbc;
    private FakeClock clock;
    private StoryIndex index;

    @BeforeEach
    void open() {
        jdbc = database().db().jdbc();
        clock = new FakeClock(T0);
        Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
        index = new StoryIndex(jdbc, fingerprinter, new StoryMatcher(fingerprinter), clock);
    }

    @Test
    void groupsTheLabelledItemsIntoExactlyTheirStories() {
        List<StoryFixtures.Labelled> items = new ArrayList<>(StoryFixtures.labelled());
        items.sort(Comparator.comparing(StoryFixtures.Labelled::published));
        Map<String, Set<String>> expected = new TreeMap<>();
        Map<Long, Set<String>> actualByStory = new LinkedHashMap<>();
        for (StoryFixtures.Labelled item : items) {
            clock.set(item.published());
            StoryRef ref = index.assign(StoryFixtures.insert(jdbc, item.source(), item.key(), item.link(),
                    item.published(), item.title(), item.lead()));
            expected.computeIfAbsent(item.cluster(), c -> new TreeSet<>()).add(item.key());
            actualByStory.computeIfAbsent(ref.storyId(), s -> new TreeSet<>()).add(item.key());
        }

        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        assertThat(new TreeSet<>(actualByStory.values().stream().map(Set::toString).toList()))
                .isEqualTo(new TreeSet<>(expected.values().stream().map(Set::toString).toList()));
    }

    @Test
    void keepsGuidAndFirstReportWhenLateDuplicateArrives() {
        StoryRef first = assign("aljazeera", "a1", T0, "زلزال بقوة 5.2 درجات يضرب ولاية ملاطية شرقي تركيا");
        clock.advance(Duration.ofHours(30));
        StoryRef late = assign("rt", "r1", T0.plusSeconds(600), "زلزال بقوة 5.2 درجات يضرب ملاطية شرقي تركيا");

        assertThat(first.created()).isTrue();
        assertThat(first.guid()).isEqualTo(StoryIndex.guidFor("aljazeera", "a1")).startsWith("urn:rawafid:story:")
                .hasSize("urn:rawafid:story:".length() + 32);
        assertThat(late).isEqualTo(new StoryRef(first.storyId(), first.guid(), false));
        assertThat(jdbc.sql("SELECT first_item_id FROM story").query(Long.class).single())
                .isEqualTo(itemId("a1"));
        assertThat(jdbc.sql("SELECT updated_at FROM story").query(Long.class).single())
                .isEqualTo(T0.plus(Duration.ofHours(30)).toEpochMilli());
    }

    @Test
    void aStoryGuidIsTheSameOnEveryThreadAndInEveryRelease() throws Exception {
        // Published as the entry id readers key on: it must never change. Values from the first release.
        String english = "urn:rawafid:story:4664796aa7891e5f93738793846abd8c";
        String arabic = "urn:rawafid:story:a7bbb7a080940eb7831be32fa825f6c3";
        assertThat(StoryIndex.guidFor("aljazeera", "guid:https://www.aljazeera.net/news/2026/12/7/1")).isEqualTo(english);
        assertThat(StoryIndex.guidFor("مصراوي", "رابط")).isEqualTo(arabic);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var guids = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 400; i++) {
                guids.add(pool.submit(() -> StoryIndex.guidFor("مصراوي", "رابط")));
                guids.add(pool.submit(() -> StoryIndex.guidFor("aljazeera", "guid:https://www.aljazeera.net/news/2026/12/7/1")));
            }
            for (int i = 0; i < guids.size(); i += 2) {
                assertThat(guids.get(i).get()).isEqualTo(arabic);
                assertThat(guids.get(i + 1).get()).isEqualTo(english);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void joinsTheStoryOfAnItemWithTheSameCanonicalLinkFromAnySource() {
        StoryRef first = assign("wire", "w1", T0, "https://example.org/a", "عنوان أول لا علاقة له");
        StoryRef second = assign("mirror", "m1", T0.plusSeconds(60), "https://example.org/a", "عنوان مختلف تماما");

        assertThat(second.storyId()).isEqualTo(first.storyId());
        assertThat(second.created()).isFalse();
    }

    @Test
    void keepsAnOutletRepeatingItsOwnStoryApart() {
        StoryRef first = assign("youm7", "y1", T0, "زلزال بقوة 5.2 درجات يضرب ولاية ملاطية شرقي تركيا");
        StoryRef again = assign("youm7", "y2", T0.plusSeconds(600), "زلزال بقوة 5.2 درجات يضرب ولاية ملاطية شرقي تركيا");

        assertThat(again.storyId()).isNotEqualTo(first.storyId());
        assertThat(again.created()).isTrue();
    }

    @Test
    void doesNotMergeTheSameTitleTwoDaysLater() {
        StoryRef first = assign("aljazeera", "a1", T0, "استئناف مفاوضات وقف إطلاق النار في غزة بالقاهرة");
        StoryRef later = assign("rt", "r1", T0.plus(Duration.ofHours(49)), "استئناف مفاوضات وقف إطلاق النار في غزة بالقاهرة");

        assertThat(later.storyId()).isNotEqualTo(first.storyId());
    }

    @Test
    void assigningAnItemAgainReturnsItsStory() {
        NewItem item = StoryFixtures.insert(jdbc, "rt", "r1", null, T0, "بوتين يستقبل علييف في الكرملين", "");
        StoryRef first = index.assign(item);

        assertThat(index.assign(item)).isEqualTo(new StoryRef(first.storyId(), first.guid(), false));
        assertThat(jdbc.sql("SELECT count(*) FROM story").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void listsStoriesCarriedBySeveralOutletsWithScoresAgainstTheFirstReport() {
        StoryRef story = assign("aljazeera", "a1", T0, "زلزال بقوة 5.2 درجات يضرب ولاية ملاطية شرقي تركيا");
        assign("skynews", "s1", T0.plusSeconds(300), "زلزال بقوة ٥٫٢ درجة يضرب ولاية مَلاطية شرق تركيا");
        assign("rt", "r1", T0.plusSeconds(400), "محمد صلاح يقود ليفربول للفوز على مانشستر سيتي");

        List<StoryView> stories = index.multiOutletStories(T0.minusSeconds(1), List.of());

        assertThat(stories).singleElement().satisfies(view -> {
            assertThat(view.guid()).isEqualTo(story.guid());
            assertThat(view.items()).extracting(StoryView.Item::sourceId).containsExactly("aljazeera", "skynews");
            assertThat(view.items().get(0).score()).isEqualTo(1.0);
            assertThat(view.items().get(1).score()).isBetween(0.5, 1.0);
        });
        assertThat(index.multiOutletStories(T0.minusSeconds(1), List.of("aljazeera", "rt"))).isEmpty();
        assertThat(index.multiOutletStories(T0.plusSeconds(3600), List.of())).isEmpty();
    }

    /** Issue 15: a rare word only one side has (a name) weighs against a merge, by stored counts. */
    @Test
    void rareWordsOnlyOneSideHasKeepTwinsApartOnceTheStoreHasCountedEnoughItems() {
        jdbc.sql("UPDATE word_corpus SET docs = 1000").update();
        for (String common : new ArabicNormalizer().tokens("بوتين يستقبل")) {
            jdbc.sql("INSERT INTO word_df (word, df) VALUES (:w, 100)").param("w", common).update();
        }
        Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
        index = new StoryIndex(jdbc, fingerprinter, new StoryMatcher(fingerprinter), clock);

        StoryRef aliyev = assign("rt", "r1", T0, "بوتين يستقبل علييف");
        StoryRef pashinyan = assign("sky", "s1", T0.plusSeconds(60), "بوتين يستقبل باشينيان");
        StoryRef aliyevAgain = assign("bbc", "b1", T0.plusSeconds(120), "بوتين يستقبل علييف");

        assertThat(pashinyan.storyId()).isNotEqualTo(aliyev.storyId());
        assertThat(aliyevAgain.storyId()).isEqualTo(aliyev.storyId());
        assertThat(jdbc.sql("SELECT docs FROM word_corpus").query(Long.class).single()).isEqualTo(1003);
        assertThat(jdbc.sql("SELECT df FROM word_df WHERE word = 'علييف'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void fromTheFirstItemTheShippedPriorKeepsNameTwinsApart() {
        StoryRef aliyev = assign("rt", "r1", T0, "بوتين يستقبل علييف");
        StoryRef pashinyan = assign("sky", "s1", T0.plusSeconds(60), "بوتين يستقبل باشينيان");

        assertThat(pashinyan.storyId()).isNotEqualTo(aliyev.storyId());
    }

    @Test
    void manyOutletsReportingOneTeamDoNotMakeItsNameCommonEnoughToMergeTheOtherTeam() {
        List<String> outlets = List.of("rt", "sky", "aj", "bbc", "y7");
        Set<Long> zamalek = new java.util.HashSet<>();
        Set<Long> ahly = new java.util.HashSet<>();
        for (int i = 0; i < outlets.size(); i++) {
            zamalek.add(assign(outlets.get(i), "z" + i, T0.plusSeconds(i), "الزمالك يفوز على الإسماعيلي بهدفين دون رد").storyId());
        }
        for (int i = 0; i < outlets.size(); i++) {
            ahly.add(assign(outlets.get(i), "a" + i, T0.plusSeconds(60 + i), "الأهلي يفوز على الإسماعيلي بهدفين دون رد").storyId());
        }

        assertThat(zamalek).hasSize(1);
        assertThat(ahly).hasSize(1).doesNotContainAnyElementsOf(zamalek);
    }

    private StoryRef assign(String source, String key, Instant published, String title) {
        return assign(source, key, published, null, title);
    }

    private StoryRef assign(String source, String key, Instant published, String link, String title) {
        return index.assign(StoryFixtures.insert(jdbc, source, key, link, published, title, ""));
    }

    private long itemId(String key) {
        return jdbc.sql("SELECT id FROM item WHERE item_key = :k").param("k", key).query(Long.class).single();
    }
}
