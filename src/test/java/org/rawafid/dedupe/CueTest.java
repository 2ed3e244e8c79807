package org.rawafid.dedupe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: classes of contrary events, each a pair of cue sets that state opposite facts. */
class CueTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            win lose          | المنتخب المغربي يفوز على نظيره الغاني | المنتخب المغربي يخسر أمام نظيره الغاني
            marry divorce     | خطوبة المغنية الأمريكية ونجم كرة القدم | انفصال المغنية الأمريكية ونجم كرة القدم
            resign stay       | استقالة مدرب المنتخب بعد الخروج من البطولة | بقاء مدرب المنتخب رغم الخروج من البطولة
            stop continue     | توقف العمل في ميناء البصرة بسبب الاحتجاجات | استمرار العمل في ميناء البصرة رغم الاحتجاجات
            cut raise         | تخفيض الرسوم الجمركية على السيارات المستوردة | الحكومة ترفع الرسوم الجمركية على السيارات المستوردة
            open close        | كنيسة القيامة تفتح أبوابها أمام الزوار | إغلاق كنيسة القيامة أمام الزوار
            article and clitic| الحكم بالسجن على صحفيين في تركيا | الإفراج عن صحفيين في تركيا
            """)
    void contraryEventsContradict(String kind, String a, String b) {
        assertThat(Cue.contradict(Cue.of(normalizer.normalize(a)), Cue.of(normalizer.normalize(b)))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            win twice         | المنتخب المغربي يفوز على نظيره الغاني | فوز المنتخب المغربي على غانا
            resign twice      | استقالة مدرب المنتخب | مدرب المنتخب يستقيل من منصبه
            cut twice         | تخفيض الرسوم الجمركية على السيارات | الحكومة تخفض الرسوم الجمركية على السيارات
            """)
    void oneEventToldTwoWaysAgrees(String kind, String a, String b) {
        assertThat(Cue.contradict(Cue.of(normalizer.normalize(a)), Cue.of(normalizer.normalize(b)))).isFalse();
    }
}
