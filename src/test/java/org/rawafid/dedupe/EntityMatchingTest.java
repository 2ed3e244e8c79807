package org.rawafid.dedupe;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: template twins that differ only in a place, a person, a country or an amount are two
 * stories; one event told with numbers as words or digits, derived forms and a city for its
 * country is one. Each text is "headline. lead", as {@code rawafid similar} reads a pairs file.
 */
class EntityMatchingTest {
    private final PairJudge judge = PairJudge.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            guest country      | وزير الخارجية المصري يستقبل نظيره الكويتي في القاهرة | وزير الخارجية المصري يستقبل نظيره البحريني في القاهرة
            fire city          | حريق يلتهم سوقا شعبية في حلب ويخلف 3 قتلى | حريق يلتهم سوقا شعبية في الموصل ويخلف 3 قتلى
            quake region       | زلزال بقوة 6.1 درجة يضرب شمال الجزائر | زلزال بقوة 6.1 درجة يضرب جنوب إيران
            visit host         | رئيس الوزراء العراقي يصل إلى طهران في زيارة رسمية. وصل رئيس الوزراء العراقي إلى طهران في زيارة رسمية تستغرق يومين يبحث خلالها العلاقات الثنائية. | رئيس الوزراء العراقي يصل إلى أنقرة في زيارة رسمية. وصل رئيس الوزراء العراقي إلى أنقرة في زيارة رسمية تستغرق يومين يبحث خلالها العلاقات الثنائية.
            two cities         | انهيار مبنى سكني في إربد دون إصابات. انهار مبنى سكني قديم في مدينة إربد فجر اليوم دون تسجيل إصابات. | انهيار مبنى سكني في الزرقاء دون إصابات. انهار مبنى سكني قديم في مدينة الزرقاء فجر اليوم دون تسجيل إصابات.
            nisba ministry     | وزارة الصحة التونسية تعلن حالة طوارئ بسبب الحمى. أعلنت وزارة الصحة التونسية حالة الطوارئ في ثلاث ولايات. | وزارة الصحة الليبية تعلن حالة طوارئ بسبب الحمى. أعلنت وزارة الصحة الليبية حالة الطوارئ في ثلاث ولايات.
            market             | البورصة المصرية تربح 12 مليار جنيه في ختام تعاملات اليوم | البورصة السعودية تربح 12 مليار ريال في ختام تعاملات اليوم
            court              | محكمة كويتية تقضي بحبس نائب سابق 3 سنوات. قضت محكمة الجنايات الكويتية بحبس نائب سابق ثلاث سنوات بتهمة الإساءة. | محكمة بحرينية تقضي بحبس نائب سابق 3 سنوات. قضت المحكمة الجنائية البحرينية بحبس نائب سابق ثلاث سنوات بتهمة الإساءة.
            match venue        | المنتخب السعودي يفوز على نظيره الأردني بهدفين في الرياض | المنتخب السعودي يفوز على نظيره العماني بهدفين في الرياض
            fuel price amount  | مصر ترفع سعر البنزين إلى 15 جنيها للتر. قررت لجنة التسعير رفع سعر لتر البنزين إلى خمسة عشر جنيها. | مصر ترفع سعر البنزين إلى 17 جنيها للتر. قررت لجنة التسعير رفع سعر لتر البنزين إلى سبعة عشر جنيها.
            lead amount        | سعر الدولار يرتفع في السوق الموازية. ارتفع سعر صرف الدولار في السوق الموازية إلى 2600 جنيه. | سعر الدولار يرتفع في السوق الموازية. ارتفع سعر صرف الدولار في السوق الموازية إلى 3100 جنيه.
            count as words     | اعتقال سبعة أشخاص في إربد بتهمة ترويج المخدرات | اعتقال تسعة أشخاص في إربد بتهمة ترويج المخدرات
            release vs jail    | الإفراج عن الناشط علاء عبد الفتاح | حبس الناشط علاء عبد الفتاح
            start vs stop      | بدء التنقيب عن النفط والغاز في لبنان | توقف التنقيب عن النفط والغاز في لبنان
            """)
    void templateTwinsAreDifferentStories(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(c.reason()).isFalse();
        assertThat(c.reason()).startsWith("blocked:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            digits and words   | مصرع خمسة أشخاص في حادث سير على الطريق الصحراوي | مقتل 5 أشخاص في حادث سير على الطريق الصحراوي
            casualty words     | مصرع ثلاثة أطفال في حريق بمنزل في الإسكندرية. لقي ثلاثة أطفال حتفهم إثر اندلاع حريق في منزل بمنطقة العجمي في الإسكندرية. | وفاة 3 أطفال جراء حريق منزل بالإسكندرية. توفي 3 أطفال في حريق شب داخل منزل بحي العجمي غرب الإسكندرية.
            injured            | إصابة 12 شخصا في انفجار أسطوانة غاز بمطعم في إربد | 12 جريحا في انفجار أسطوانة غاز داخل مطعم بإربد
            derived forms      | الحكومة تقرر رفع أسعار الوقود بنسبة 10 بالمئة | قرار حكومي برفع أسعار الوقود 10%
            city and country   | الرئيس الجزائري يصل إلى روما في زيارة رسمية | زيارة رسمية للرئيس الجزائري إلى إيطاليا
            ordinal            | انطلاق الجولة الثالثة والعشرين من الدوري المصري | انطلاق الجولة 23 من الدوري المصري
            indic digits       | ارتفاع حصيلة ضحايا السيول في اليمن إلى ٢٠ قتيلا | ارتفاع حصيلة ضحايا السيول في اليمن إلى عشرين قتيلا
            amount in words    | البنك الدولي يقرض الأردن 300 مليون دولار لدعم الموازنة | البنك الدولي يقرض الأردن ثلاثمئة مليون دولار لدعم الموازنة
            capital for country| واشنطن تفرض عقوبات جديدة على طهران | الولايات المتحدة تفرض عقوبات جديدة على إيران
            nisba and country  | وزير الخارجية الأردني يزور دمشق | وزير خارجية الأردن يزور دمشق
            """)
    void oneEventToldTwoWaysIsOneStory(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(c.reason()).isTrue();
        assertThat(c.reason()).startsWith("same:");
    }

    @Test
    void namesThePlacesThatDiffer() {
        assertThat(judge.similar("حريق كبير في غابات اليونان", "حريق كبير في غابات المغرب").reason())
                .isEqualTo("blocked: places differ (اليونان vs المغرب)");
    }

    @Test
    void aPlaceOnlyOneSideNamesIsDetail() {
        assertThat(judge.similar("زلزال بقوة 5.2 يضرب ملاطية", "زلزال بقوة 5.2 يضرب ملاطية شرقي تركيا").sameStory())
                .isTrue();
    }

    /** The shared twins set: exact (no template twin merged; every one-event pair shares a root-stem band). */
    @Test
    void sharedTwinsSetIsExact() throws Exception {
        Path twins = Path.of("../shared/fixtures/neardup/twins/twins.csv");
        Assumptions.assumeTrue(Files.exists(twins), "twins fixture not present at " + twins);
        List<String> merged = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(twins, StandardCharsets.UTF_8)) {
            CsvRecords records = new CsvRecords(in);
            records.next();
            for (List<String> r = records.next(); r != null; r = records.next()) {
                boolean same = judge.similar(r.get(0), r.get(1)).sameStory();
                if (r.get(2).equals("different") && same) {
                    merged.add(r.get(3));
                } else if (r.get(2).equals("same") && !same) {
                    missed.add(r.get(3));
                }
            }
        }

        assertThat(merged).isEmpty();
        assertThat(missed).isEmpty();
    }
}
