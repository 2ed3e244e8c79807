package org.rawafid.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.store.BackendTest;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query → expected hits where search once found words that only share letters with the query:
 * a leading clitic on a three-letter word kept it from being found (بغزة, لمصر, بحرب), and
 * suffix stripping down to two letters took distinct names to one stub (لبنان and بن, البحرين
 * and الحرية, بكين and بك, الولايات and أي). Place names and their nisba forms meet
 * (مصر, المصرية). On SQLite here, on PostgreSQL in {@link DistinctWordsSearchOnPostgresTest}.
 */
class DistinctWordsSearchTest extends BackendTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    /** label → title, text; published one minute apart in this order. */
    private static final Map<String, String[]> SET = new LinkedHashMap<>();

    static {
        SET.put("A", new String[]{"وصول قافلة مساعدات لغزة", "عبرت القافلة المعبر صباحا."});
        SET.put("B", new String[]{"هدنة في غزة", "بدأت الهدنة عند الفجر."});
        SET.put("C", new String[]{"ولي العهد محمد بن سلمان يستقبل وفدا", "جرى الاستقبال في الرياض."});
        SET.put("D", new String[]{"انتخابات بلدية في لبنان", "أدلى الناخبون بأصواتهم."});
        SET.put("E", new String[]{"الحكومة اللبنانية تجتمع", "ناقش المجلس الموازنة."});
        SET.put("F", new String[]{"منظمات تطالب بالحرية للصحفيين", "صدر بيان مشترك."});
        SET.put("G", new String[]{"مباحثات بالبحرين حول الأمن الإقليمي", "عقدت الجولة في المنامة."});
        SET.put("H", new String[]{"الفنانة تفتتح معرضها", "يضم المعرض لوحات جديدة."});
        SET.put("I", new String[]{"وفد صيني يزور بكين", "الزيارة تستمر يومين."});
        SET.put("J", new String[]{"كيف أصبح العالم بك", "مقال رأي."});
        SET.put("K", new String[]{"قمة في الولايات المتحدة", "يحضرها قادة العالم."});
        SET.put("L", new String[]{"لم يصدر أي تعليق", "رفضت الوزارة التعليق."});
        SET.put("M", new String[]{"منتخب مصر يفوز", "فاز المنتخب بهدفين."});
        SET.put("N", new String[]{"الخارجية المصرية تستدعي السفير", "استدعت الوزارة السفير."});
        SET.put("O", new String[]{"استثمارات جديدة لمصر", "أعلن عنها أمس."});
        SET.put("P", new String[]{"خسائر بحرب طويلة", "تقرير عن الخسائر."});
    }

    private QueryRunner runner;
    private QueryParser parser;
    private final Map<Long, String> labels = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        Database db = database().db();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        SearchRepository repository = new SearchRepository(db);
        ItemRepository items = new ItemRepository(db.jdbc(), new IndexWriter(repository, normalizer));
        runner = new QueryRunner(repository);
        parser = new QueryParser(normalizer);
        int i = 0;
        for (Map.Entry<String, String[]> e : SET.entrySet()) {
            String key = e.getKey();
            Instant published = T0.plusSeconds(60L * i++);
            Item item = new Item("src", "guid:" + key, key, "https://src.example/" + key, "src.example/" + key,
                    e.getValue()[0], "<div dir=\"rtl\" lang=\"ar\"><p>" + e.getValue()[1] + "</p></div>",
                    e.getValue()[1], null, null, List.of(), published, published);
            labels.put(items.insert(item, published).orElseThrow(), key);
        }
    }

    private List<String> search(String q) {
        return runner.hits(new QueryRunner.Page(parser.parse(q), List.of("src"), null, null, 0, 50, false))
                .stream().map(h -> labels.get(h.id())).toList();
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            غزة          | B A
            بغزة         | B A
            وغزة         | B A
            لبنان        | E D
            للبنان       | E D
            اللبناني     | E D
            بن           | C
            الحرية       | F
            البحرين      | G
            بحرين        | G
            الفنانة      | H
            بكين         | I
            بك           | J
            الولايات     | K
            أي           | L
            مصر          | O N M
            بمصر         | O N M
            المصري       | O N M
            حرب          | P
            الحرب        | P
            """)
    void findsTheWordAndItsCliticFormsOnly(String query, String expected) {
        assertThat(search(query)).isEqualTo(Arrays.asList(expected.split(" ")));
    }
}
