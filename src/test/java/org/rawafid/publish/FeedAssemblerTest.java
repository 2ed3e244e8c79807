package org.rawafid.publish;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.config.Config;
import org.rawafid.config.Defaults;
import org.rawafid.config.Feed;
import org.rawafid.config.Service;
import org.rawafid.config.Source;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.Fingerprinter;
import org.rawafid.dedupe.NewItem;
import org.rawafid.dedupe.StoryIndex;
import org.rawafid.dedupe.StoryMatcher;
import org.rawafid.model.Item;
import org.rawafid.store.BackendTest;
import org.rawafid.store.Database;
import org.rawafid.store.EntryQuery;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.SourceStateRepository;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedAssemblerTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final InstantSource CLOCK = InstantSource.fixed(T0.plus(Duration.ofHours(6)));

    @TempDir
    Path dir;
    private ItemRepository items;
    private StoryIndex stories;
    private FeedAssembler assembler;

    @BeforeEach
    void setUp() {
        Database db = database().db();
        items = new ItemRepository(db.jdbc());
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Fingerprinter fp = new Fingerprinter(normalizer);
        stories = new StoryIndex(db.jdbc(), fp, new StoryMatcher(fp), CLOCK);
        assembler = new FeedAssembler(new EntryQuery(db.jdbc()), new SourceStateRepository(db.jdbc()), normalizer,
                CLOCK);
        add("qahera", "q1", "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين",
                "استقبل الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف في موسكو لبحث العلاقات الثنائية", T0);
        add("rt", "r1", "بوتن يستقبل الرئيس الاذربيجاني الهام علييف في الكرملين",
                "استقبل الرئيس الروسي فلاديمير بوتن نظيره الاذربيجاني الهام علييف في موسكو لبحث العلاقات الثنائية",
                T0.plus(Duration.ofHours(1)));
        add("sky", "s1", "منتخب مصر يفوز على غانا في تصفيات كأس العالم",
                "حقق المنتخب المصري فوزا مهما على غانا بهدفين دون رد في التصفيات", T0.plus(Duration.ofHours(2)));
    }

    private void add(String source, String key, String title, String lead, Instant published) {
        Item item = new Item(source, "guid:" + key, key, "https://" + source + ".example/" + key,
                source + ".example/" + key, title, "<div dir=\"rtl\" lang=\"ar\"><p>" + lead + "</p></div>", lead,
                null, null, List.of(), published, published);
        long id = items.insert(item, published).orElseThrow();
        stories.assign(new NewItem(id, source, item.itemKey(), item.canonicalLink(), title, lead, published));
    }

    private static Source source(String id) {
        return new Source(id, URI.create("https://" + id + ".example/rss"), null, Duration.ofMinutes(15),
                Duration.ofSeconds(20), 5_000_000, "ar", List.of("news"), true, false, null);
    }

    private static Config config(Feed feed) {
        return new Config(Service.DEFAULT, Defaults.DEFAULT, List.of(source("qahera"), source("rt"), source("sky")),
                List.of(feed));
    }

    private static Feed feed(Feed.Dedupe dedupe, int limit, List<String> include, List<String> exclude) {
        return new Feed("news", "أخبار", "", List.of(), List.of("news"), include, exclude, dedupe, limit, null);
    }

    @Test
    void storyModeShowsTheFirstReportCreditingTheOtherOutlet() {
        Feed f = feed(Feed.Dedupe.STORY, 50, List.of(), List.of());

        FeedView view = assembler.page(config(f), f, null);

        assertThat(view.entries()).extracting(EntryView::title).containsExactly(
                "منتخب مصر يفوز على غانا في تصفيات كأس العالم",
                "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين");
        EntryView story = view.entries().get(1);
        assertThat(story.outlet().id()).isEqualTo("qahera");
        assertThat(story.also()).extracting(a -> a.outlet().id()).containsExactly("rt");
        assertThat(story.updated()).as("a late duplicate updates the entry's time").isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(story.id()).isEqualTo(StoryIndex.guidFor("qahera", "guid:q1"));
    }

    @Test
    void aMergedEntryLinksItsStoryPageAndASingleReportDoesNot() {
        Feed f = feed(Feed.Dedupe.STORY, 50, List.of(), List.of());

        FeedView view = assembler.page(config(f), f, null);

        String key = StoryIndex.guidFor("qahera", "guid:q1").substring("urn:rawafid:story:".length());
        assertThat(view.entries().get(1).storyUrl()).isEqualTo(view.baseUrl() + "/stories/" + key + ".html");
        assertThat(view.entries().get(0).storyUrl()).isNull();
        assertThat(view.entries()).allMatch(e -> e.outlets() == 0);
    }

    private static Feed coverage(int limit, Duration window) {
        return new Feed("top", "الأكثر تغطية", "", List.of(), List.of("news"), List.of(), List.of(),
                Feed.Dedupe.STORY, limit, null, null, Feed.Rank.COVERAGE, window);
    }

    private void addEarthquake() {
        add("qahera", "q2", "زلزال بقوة 5.2 درجة يضرب شرق تركيا",
                "ضرب زلزال بقوة 5.2 درجة على مقياس ريختر شرق تركيا دون أنباء عن إصابات", T0.plus(Duration.ofHours(4)));
        add("rt", "r2", "زلزال بقوة 5.2 درجة يضرب شرق تركيا",
                "ضرب زلزال بقوة 5.2 درجة على مقياس ريختر شرق تركيا دون أنباء عن اصابات",
                T0.plus(Duration.ofMinutes(270)));
    }

    @Test
    void coverageRanksByDistinctOutletsAndSaysHowMany() {
        addEarthquake();
        add("sky", "s2", "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين",
                "استقبل الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف في موسكو لبحث العلاقات الثنائية",
                T0.plus(Duration.ofHours(3)));
        Feed f = coverage(50, Duration.ofHours(24));

        FeedView view = assembler.page(config(f), f, null);

        assertThat(view.entries()).extracting(EntryView::outlets).containsExactly(3, 2, 1);
        assertThat(view.entries()).extracting(e -> e.outlet().id()).as("each story as its first report")
                .containsExactly("qahera", "qahera", "sky");
        assertThat(view.entries().get(0).id()).isEqualTo(StoryIndex.guidFor("qahera", "guid:q1"));
        assertThat(view.entries().get(0).also()).extracting(a -> a.outlet().id()).containsExactly("rt", "sky");
        assertThat(view.entries().get(0).storyUrl()).isNotNull();
    }

    @Test
    void coverageBreaksTiesByTheNewestReport() {
        addEarthquake();
        Feed f = coverage(50, Duration.ofHours(24));

        assertThat(assembler.page(config(f), f, null).entries()).extracting(EntryView::title).containsExactly(
                "زلزال بقوة 5.2 درجة يضرب شرق تركيا",
                "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين",
                "منتخب مصر يفوز على غانا في تصفيات كأس العالم");
    }

    @Test
    void coverageCountsOnlyReportsWithinTheWindow() {
        addEarthquake();
        add("sky", "s2", "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين",
                "استقبل الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف في موسكو لبحث العلاقات الثنائية",
                T0.plus(Duration.ofHours(3)));
        Feed f = coverage(50, Duration.ofHours(3));

        FeedView view = assembler.page(config(f), f, null);

        assertThat(view.entries()).extracting(e -> e.title() + "=" + e.outlets()).containsExactly(
                "زلزال بقوة 5.2 درجة يضرب شرق تركيا=2",
                "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين=1");
    }

    @Test
    void coveragePagesFollowStableCursorsToTheEnd() {
        addEarthquake();
        Feed f = coverage(1, Duration.ofHours(24));
        Config c = config(f);

        FeedView p1 = assembler.page(c, f, null);
        FeedView p2 = assembler.page(c, f, Cursor.decode(p1.nextCursor()).orElseThrow());
        FeedView p3 = assembler.page(c, f, Cursor.decode(p2.nextCursor()).orElseThrow());

        assertThat(List.of(p1, p2, p3)).extracting(v -> v.entries().get(0).title()).containsExactly(
                "زلزال بقوة 5.2 درجة يضرب شرق تركيا",
                "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين",
                "منتخب مصر يفوز على غانا في تصفيات كأس العالم");
        assertThat(p3.nextCursor()).isNull();
        assertThat(Cursor.decode(p1.nextCursor()).orElseThrow().isCoverage()).isTrue();
        assertThat(assembler.page(c, f, null).nextCursor()).as("same cursor on re-render").isEqualTo(p1.nextCursor());
    }

    @Test
    void exactModePublishesEveryItemAndKeepsTheFirstReportsId() {
        Feed f = feed(Feed.Dedupe.EXACT, 50, List.of(), List.of());

        FeedView view = assembler.page(config(f), f, null);

        assertThat(view.entries()).hasSize(3);
        assertThat(view.entries().get(2).id()).isEqualTo(StoryIndex.guidFor("qahera", "guid:q1"));
        assertThat(view.entries()).allMatch(e -> e.also().isEmpty());
    }

    @Test
    void includeAndExcludeMatchArabicVariantsAndExcludeWins() {
        Feed onlyAliyev = feed(Feed.Dedupe.EXACT, 50, List.of("إلهام علييف"), List.of());
        Feed notPutin = feed(Feed.Dedupe.EXACT, 50, List.of("علييف", "مصر"), List.of("كرملين"));

        assertThat(assembler.page(config(onlyAliyev), onlyAliyev, null).entries()).hasSize(2);
        assertThat(assembler.page(config(notPutin), notPutin, null).entries()).extracting(EntryView::title)
                .containsExactly("منتخب مصر يفوز على غانا في تصفيات كأس العالم");
    }

    @Test
    void pagesFollowStableCursorsToTheEnd() {
        Feed f = feed(Feed.Dedupe.EXACT, 1, List.of(), List.of());
        Config c = config(f);

        FeedView p1 = assembler.page(c, f, null);
        FeedView p2 = assembler.page(c, f, Cursor.decode(p1.nextCursor()).orElseThrow());
        FeedView p3 = assembler.page(c, f, Cursor.decode(p2.nextCursor()).orElseThrow());

        assertThat(List.of(p1, p2, p3)).extracting(v -> v.entries().get(0).outlet().id())
                .containsExactly("sky", "rt", "qahera");
        assertThat(p3.nextCursor()).isNull();
        assertThat(assembler.page(c, f, null).nextCursor()).as("same cursor on re-render").isEqualTo(p1.nextCursor());
    }
}
