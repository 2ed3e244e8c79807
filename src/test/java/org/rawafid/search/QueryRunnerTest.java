package org.rawafid.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.Fingerprinter;
import org.rawafid.dedupe.NewItem;
import org.rawafid.dedupe.StoryIndex;
import org.rawafid.dedupe.StoryMatcher;
import org.rawafid.model.Item;
import org.rawafid.model.StoredItem;
import org.rawafid.store.BackendTest;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.Pruner;
import org.rawafid.store.WriteTransactions;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query → expected hits over a small labelled Arabic set: every normalisation SPEC §4a names
 * (hamza/alef forms, tashkeel, tatweel, ى/ي, ة/ه, Arabic-Indic digits, stacked clitics) on the
 * item side and on the query side, and every operator. A place and its adjective are one search
 * term: تركيا finds "الرئيس التركي" (G). Runs on SQLite (FTS5) here and on
 * PostgreSQL (tsvector + GIN) in {@link QueryRunnerOnPostgresTest}: the same hits on both.
 */
class QueryRunnerTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final InstantSource CLOCK = InstantSource.fixed(T0.plus(Duration.ofDays(1)));
    /** label → title, text. Items are published one minute apart in this order. */
    private static final Map<String, String[]> SET = new LinkedHashMap<>();

    static {
        SET.put("A", new String[]{"إسرائيل تعلن هدنة في غزة", "أعلنت الحكومة هدنة لمدة ثلاثة أيام في القطاع."});
        SET.put("B", new String[]{"إِسْرَائِيلُ والاتحاد الأوروبي يوقعان اتفاقا", "وقع الجانبان اتفاقا تجاريا."});
        SET.put("C", new String[]{"اسرائـــيل ترد على الانتقادات", "ردت الحكومة على انتقادات دولية."});
        SET.put("D", new String[]{"وزير الخارجية المصري يزور القاهره", "يبحث الوزير ملفات إقليمية."});
        SET.put("E", new String[]{"مصطفي مدبولي يفتتح المشروع", "افتتاح المشروع في عام ٢٠٢٤ بتكلفة كبيرة."});
        SET.put("F", new String[]{"مصدر مقرب للرئيس الفرنسي يتحدث", "قال المصدر إن باريس تدرس الخيارات."});
        SET.put("G", new String[]{"والرئيس التركي يلتقي نظيره", "اللقاء في أنقرة."});
        SET.put("H", new String[]{"اجتماع بالرئيس السوري في دمشق", "بحث الاجتماع الأوضاع."});
        SET.put("I", new String[]{"فالرئيس اللبناني رفض المقترح", "رفض المقترح بشكل قاطع."});
        SET.put("J", new String[]{"وبالرئيس العراقي التقى الوفد", "التقى الوفد في بغداد."});
        SET.put("K", new String[]{"رياضة: منتخب مصر يفوز على غانا", "فاز المنتخب بهدفين."});
        SET.put("L", new String[]{"الخارجية تستدعي السفير", "والوزير في جولة خليجية."});
        SET.put("M", new String[]{"عاجل: زلزال بقوة 5.6 درجة يضرب تركيا", "لا أنباء عن ضحايا."});
        SET.put("N", new String[]{"لقاح كوفيد-19 يصل إلى المغرب", "وصلت الدفعة الأولى."});
        SET.put("O", new String[]{"مؤتمر المناخ", "يناقش المؤتمر مستقبل الطاقة، وتحدث فيه وزير الخارجية السعودي."});
        SET.put("P", new String[]{"كالرئيس السابق تحدث الوزير", "تحدث عن الاقتصاد والطاقة."});
    }

    private ItemRepository items;
    private QueryRunner runner;
    private QueryParser parser;
    private Database db;
    private final Map<Long, String> labels = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        db = database().db();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        SearchRepository repository = new SearchRepository(db);
        items = new ItemRepository(db.jdbc(), new IndexWriter(repository, normalizer));
        runner = new QueryRunner(repository);
        parser = new QueryParser(normalizer);
        int i = 0;
        for (Map.Entry<String, String[]> e : SET.entrySet()) {
            labels.put(store("src" + (i % 3), e.getKey(), e.getValue()[0], e.getValue()[1], T0.plusSeconds(60L * i)),
                    e.getKey());
            i++;
        }
    }

    private long store(String source, String key, String title, String text, Instant published) {
        Item item = new Item(source, "guid:" + key, key, "https://" + source + ".example/" + key,
                source + ".example/" + key, title, "<div dir=\"rtl\" lang=\"ar\"><p>" + text + "</p></div>",
                text, null, null, List.of(), published, published);
        return items.insert(item, published).orElseThrow();
    }

    private List<String> search(String q) {
        return runner.hits(new QueryRunner.Page(parser.parse(q), List.of("src0", "src1", "src2"), null, null, 0, 50,
                false)).stream().map(h -> labels.get(h.id())).toList();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            إسرائيل                          | C B A
            اسرائيل                          | C B A
            أسرائيل                          | C B A
            إِسْرَائِيل                      | C B A
            إسرائـيل                         | C B A
            الرئيس                           | P J I H G F
            رئيس                             | P J I H G F
            والرئيس                          | P J I H G F
            وللرئيس                          | P J I H G F
            وبالرئيس                         | P J I H G F
            فبالرئيس                         | P J I H G F
            كالرئيس                          | P J I H G F
            القاهرة                          | D
            القاهره                          | D
            مصطفى                            | E
            مصطفي                            | E
            2024                             | E
            ٢٠٢٤                             | E
            ۲۰۲۴                             | E
            هدنة غزة                         | A
            هدنه                             | A
            '"وزير الخارجية"'                | O D
            'وزير الخارجية'                  | O L D
            '"الخارجية وزير"'                | ''
            تركيا OR غانا                    | M K G
            '"إسرائيل تعلن" OR "الرئيس التركي"' | G A
            الرئيس -الفرنسي                  | P J I H G
            'الرئيس -"الرئيس السوري"'        | P J I G F
            منتخب                            | K
            منتخب -رياضة                     | ''
            عاجل زلزال                       | M
            5.6                              | M
            ٥٫٦                              | M
            كوفيد-19                         | N
            19 كوفيد                         | N
            موسكو                            | ''
            الطاقة                           | P O
            """)
    void findsTheLabelledHitsNewestFirst(String query, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertThat(search(query)).isEqualTo(want);
    }

    @Test
    void commonAndRareWordsPageTheSameWhicheverWayTheyAreRead() {
        // 900 more items: "مطر" in every third (read newest first), "نادر" in four (read from the index).
        for (int i = 0; i < 900; i++) {
            String title = (i % 3 == 0 ? "مطر غزير " : "طقس معتدل ") + (i % 300 == 7 || i == 899 ? "نادر " : "") + i;
            store("src" + (i % 3), "w" + i, title, title, T0.plusSeconds(3_600L + (i * 7919L % 900) * 60));
        }
        for (String q : List.of("مطر", "نادر", "طقس -مطر", "\"مطر غزير\" OR نادر")) {
            List<Long> all = runner.hits(new QueryRunner.Page(parser.parse(q), List.of("src0", "src1", "src2"), null,
                    null, 0, 1_000, true)).stream().map(StoredItem::id).toList();
            List<Long> paged = new java.util.ArrayList<>();
            Instant beforeTime = null;
            long beforeId = 0;
            while (true) {
                List<StoredItem> page = runner.hits(new QueryRunner.Page(parser.parse(q),
                        List.of("src0", "src1", "src2"), null, beforeTime, beforeId, 50, true));
                page.forEach(h -> paged.add(h.id()));
                if (page.size() < 50) {
                    break;
                }
                beforeTime = page.get(49).item().published();
                beforeId = page.get(49).id();
            }
            assertThat(paged).as(q).isEqualTo(all).isNotEmpty();
        }
    }

    @Test
    void windowsOfAnySizeGiveTheSameHitsInTheSameOrder() {
        // 400 more items whose ids do not follow their times: published in shuffled order, five to a
        // millisecond (ties broken by id), a long gap before the oldest hundred (windows widen over it).
        Map<Long, Instant> published = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        for (int i = 0; i < 400; i++) {
            long slot = i * 7_919L % 400;
            Instant at = T0.plus(Duration.ofDays(slot < 100 ? 0 : 30)).plusMillis(slot / 5 * 60_000 + 3);
            String title = (i % 2 == 0 ? "مؤتمر المناخ " : "طقس معتدل ") + (i % 37 == 5 ? "نادر " : "") + "رقم " + i;
            long id = store("src" + (i % 3), "x" + i, title, title, at);
            published.put(id, at);
            titles.put(id, title);
        }
        List<String> sources = List.of("src0", "src1", "src2");
        SearchRepository small = new SearchRepository(db, 3);
        for (String q : List.of("مؤتمر", "نادر", "معتدل -نادر", "\"مؤتمر المناخ\" OR نادر", "رقم", "الرئيس")) {
            for (Instant since : java.util.Arrays.asList(null, T0.plus(Duration.ofDays(30)).plusMillis(3))) {
                List<Long> whole = runner.hits(new QueryRunner.Page(parser.parse(q), sources, since, null, 0, 2_000,
                        false)).stream().map(StoredItem::id).toList();
                List<Long> paged = new java.util.ArrayList<>();
                Instant beforeTime = null;
                long beforeId = 0;
                for (int n = 0; n < 500; n++) {
                    List<StoredItem> page = new QueryRunner(small).hits(new QueryRunner.Page(parser.parse(q), sources,
                            since, beforeTime, beforeId, 7, false));
                    page.forEach(h -> paged.add(h.id()));
                    if (page.size() < 7) {
                        break;
                    }
                    beforeTime = page.get(6).item().published();
                    beforeId = page.get(6).id();
                }
                assertThat(paged).as(q + " since " + since).isEqualTo(whole);
                assertThat(whole.isEmpty()).as(q + " since " + since).isEqualTo(since != null && q.equals("الرئيس"));
                if (q.equals("مؤتمر")) {
                    // Exactly newest first by (published_at, id), computed here rather than by either database.
                    List<Long> expected = titles.entrySet().stream()
                            .filter(e -> e.getValue().startsWith("مؤتمر"))
                            .filter(e -> since == null || !published.get(e.getKey()).isBefore(since))
                            .map(Map.Entry::getKey)
                            .sorted(java.util.Comparator.comparing((Long id) -> published.get(id)).thenComparing(id -> id)
                                    .reversed()).toList();
                    assertThat(paged.stream().filter(titles::containsKey).toList()).as(q + " since " + since)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aChangedPublicationTimeMovesTheHit() {
        long id = labels.entrySet().stream().filter(e -> e.getValue().equals("P")).findFirst().orElseThrow().getKey();
        Item older = new Item("src0", "guid:P", "P", "https://src0.example/P", "src0.example/P",
                "كالرئيس السابق تحدث الوزير", "<p>تحدث عن الاقتصاد والطاقة.</p>", "تحدث عن الاقتصاد والطاقة.", null,
                null, List.of(), T0.minusSeconds(60), T0.minusSeconds(60));
        new WriteTransactions(db).write(() -> {
            items.update(id, older);
            return null;
        });
        assertThat(search("الرئيس")).containsExactly("J", "I", "H", "G", "F", "P");
        assertThat(runner.hits(new QueryRunner.Page(parser.parse("الرئيس"), List.of("src0", "src1", "src2"),
                null, T0.plusSeconds(60L * 5), labels.keySet().stream().filter(k -> labels.get(k).equals("F"))
                .findFirst().orElseThrow(), 50, false)).stream().map(h -> labels.get(h.id()))).containsExactly("P");
        assertThat(new QueryRunner(new SearchRepository(db, 1)).hits(new QueryRunner.Page(parser.parse("الرئيس"),
                List.of("src0", "src1", "src2"), null, null, 0, 50, false)).stream().map(h -> labels.get(h.id())))
                .containsExactly("J", "I", "H", "G", "F", "P");
    }

    @Test
    void pagesWithAKeysetCursor() {
        List<StoredItem> first = runner.hits(new QueryRunner.Page(parser.parse("الرئيس"), List.of("src0", "src1", "src2"),
                null, null, 0, 4, false));
        StoredItem last = first.get(3);
        List<StoredItem> rest = runner.hits(new QueryRunner.Page(parser.parse("الرئيس"), List.of("src0", "src1", "src2"),
                null, last.item().published(), last.id(), 4, false));
        assertThat(first.stream().map(h -> labels.get(h.id()))).containsExactly("P", "J", "I", "H");
        assertThat(rest.stream().map(h -> labels.get(h.id()))).containsExactly("G", "F");
    }

    @Test
    void limitsToSourcesAndSince() {
        assertThat(runner.hits(new QueryRunner.Page(parser.parse("الرئيس"), List.of("src0"), null, null, 0, 50, false))
                .stream().map(h -> labels.get(h.id()))).containsExactly("P", "J", "G");
        assertThat(runner.hits(new QueryRunner.Page(parser.parse("الرئيس"), List.of("src0", "src1", "src2"),
                T0.plusSeconds(60L * 8), null, 0, 50, false)).stream().map(h -> labels.get(h.id())))
                .containsExactly("P", "J", "I");
    }

    @Test
    void reindexesAChangedItemAndForgetsItsOldWords() {
        long id = labels.entrySet().stream().filter(e -> e.getValue().equals("A")).findFirst().orElseThrow().getKey();
        Item changed = new Item("src0", "guid:A", "A", "https://src0.example/A", "src0.example/A",
                "الأمم المتحدة ترحب بالاتفاق", "<p>ترحيب دولي</p>", "ترحيب دولي", null, null, List.of(), T0, T0);
        new WriteTransactions(db).write(() -> {
            items.update(id, changed);
            return null;
        });
        assertThat(search("هدنة")).isEmpty();
        assertThat(search("الامم المتحده")).containsExactly("A");
    }

    @Test
    void prunedItemsLeaveTheIndex() {
        new Pruner(db.jdbc(), new WriteTransactions(db)).prune(T0.plusSeconds(60L * 7), false);
        assertThat(search("الرئيس")).containsExactly("P", "J", "I", "H");
        assertThat(search("إسرائيل")).isEmpty();
        long indexed = new SearchRepository(db).indexedCount();
        assertThat(indexed).isEqualTo(SET.size() - 7);
    }

    @Test
    void oneHitPerStoryAmongTheSearchedSources() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Fingerprinter fp = new Fingerprinter(normalizer);
        StoryIndex stories = new StoryIndex(db.jdbc(), fp, new StoryMatcher(fp), CLOCK);
        String title = "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين";
        String lead = "استقبل الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف في موسكو لبحث العلاقات";
        for (int i = 0; i < 3; i++) {
            String source = "out" + i;
            Instant at = T0.plus(Duration.ofHours(2 + i));
            long id = store(source, "putin" + i, title, lead, at);
            stories.assign(new NewItem(id, source, "guid:putin" + i, source + ".example/putin" + i, title, lead, at));
        }
        List<StoredItem> byStory = runner.hits(new QueryRunner.Page(parser.parse("علييف"),
                List.of("out0", "out1", "out2"), null, null, 0, 50, true));
        assertThat(byStory).extracting(h -> h.item().sourceId()).containsExactly("out0");
        List<StoredItem> fromTwo = runner.hits(new QueryRunner.Page(parser.parse("علييف"), List.of("out1", "out2"),
                null, null, 0, 50, true));
        assertThat(fromTwo).extracting(h -> h.item().sourceId()).containsExactly("out1");
        assertThat(runner.hits(new QueryRunner.Page(parser.parse("علييف"), List.of("out0", "out1", "out2"), null,
                null, 0, 50, false))).hasSize(3);
    }
}
