package org.rawafid.dedupe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, second round: the rule families learned from the ANS train/dev disagreements, each
 * on pairs of our own written from agency patterns (visits, disasters, prices, matches, court
 * rulings) — twins that change one fact must stay apart, the same event told two ways must
 * merge. Through {@link PairJudge}, as {@code rawafid similar} decides.
 */
class ContraryEventsTest {
    private final PairJudge judge = PairJudge.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            call off a visit     | وزير الخارجية الفرنسي يبدأ جولة خليجية من الرياض | إلغاء جولة وزير الخارجية الفرنسي الخليجية
            postpone a hearing   | محكمة جنايات القاهرة تنظر قضية التخابر اليوم | محكمة جنايات القاهرة تؤجل قضية التخابر
            suspend exports      | السعودية تستأنف صادرات النفط عبر باب المندب | السعودية تعلق صادرات النفط عبر باب المندب
            no casualties        | مقتل 7 جنود في هجوم على موقع عسكري شمال سيناء | هجوم على موقع عسكري شمال سيناء دون وقوع قتلى
            no casualties word   | سقوط ضحايا في انفجار داخل مصنع للكيماويات في الجيزة | انفجار داخل مصنع للكيماويات في الجيزة بلا ضحايا
            acquitted convicted  | براءة رجل الأعمال من تهمة غسل الأموال | إدانة رجل الأعمال بتهمة غسل الأموال
            freed kept           | الإفراج عن الصحفي المعتقل بعد عام من حبسه | استمرار حبس الصحفي المعتقل منذ عام
            leave stay           | سكان المدينة يفرون مع اشتداد القصف | سكان المدينة يبقون في منازلهم رغم اشتداد القصف
            approve refuse       | البرلمان يقر قانون الإيجارات الجديد | البرلمان يرفض قانون الإيجارات الجديد
            sign suspend         | الحكومة توافق على اتفاقية القرض مع صندوق النقد | الحكومة توقف اتفاقية القرض مع صندوق النقد
            appears vanishes     | المغني الشهير يظهر مجددا على مواقع التواصل | المغني الشهير يختفي مجددا من مواقع التواصل
            safe threatened      | موسم الحج آمن رغم انتشار الفيروس | انتشار الفيروس يهدد موسم الحج
            fails achieves       | المنتخب يحقق رقما قياسيا في التصفيات | المنتخب يعجز عن تحقيق أي رقم قياسي في التصفيات
            won with a pronoun   | الرئيس يعلن فوزه في الانتخابات الرئاسية | الرئيس يخسر الانتخابات الرئاسية
            steady against rise  | أسعار الذهب تستقر مع ترقب قرار الفائدة | أسعار الذهب ترتفع مع ترقب قرار الفائدة
            market by market     | الذهب يرتفع والدولار يتراجع بعد بيانات التضخم | الذهب يتراجع والدولار يرتفع بعد بيانات التضخم
            """)
    void oneChangedFactKeepsTwoStories(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(c.reason()).isFalse();
        assertThat(c.reason()).as(kind).startsWith("blocked: cues differ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cause after the move   | الذهب يتراجع لأدنى مستوى في شهر مع صعود الدولار | صعود الدولار مع تراجع الذهب لأدنى مستوى في شهر
            move told two ways     | النفط يقفز بعد هبوط المخزونات الأميركية | هبوط المخزونات الأميركية يقفز بأسعار النفط
            still is no negation   | السلطات لا تزال تحتجز 12 صيادا مصريا | السلطات تحتجز 12 صيادا مصريا
            illegal is no negation | غرق قارب يقل عشرات المهاجرين قبالة سواحل ليبيا | غرق قارب يقل عشرات المهاجرين غير الشرعيين قبالة سواحل ليبيا
            suspended twice        | روسيا تعلق مشاريعها النفطية في فنزويلا | تعليق المشاريع النفطية الروسية في فنزويلا
            no casualties twice    | انفجار في مستودع للوقود بالبصرة دون وقوع إصابات | انفجار مستودع وقود في البصرة بلا إصابات
            """)
    void oneEventToldTwoWaysStaysOneStory(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(kind + ": " + c.reason()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            signing            | الأهلي يتعاقد مع مهاجم برازيلي | الأهلي يتعاقد مع مدافع برازيلي
            seizure            | الشرطة تضبط شحنة مخدرات في ميناء جدة | الشرطة تضبط شحنة أسلحة في ميناء جدة
            ministry           | وزارة التعليم تعلن موعد امتحانات الثانوية العامة | وزارة الصحة تعلن موعد امتحانات الثانوية العامة
            court charge       | المحكمة تقضي بسجن المتهم 5 سنوات في قضية رشوة | المحكمة تقضي بسجن المتهم 5 سنوات في قضية تزوير
            """)
    void oneWordSwappedInATemplateIsAnotherStory(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(c.reason()).isFalse();
        assertThat(c.reason()).as(kind).startsWith("blocked: one word swapped (");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            synonym verb       | الرئيس يستقبل وزير الخارجية الأمريكي في القصر | الرئيس يلتقي وزير الخارجية الأمريكي في القصر
            synonym adjective  | ارتفاع كبير في أسعار الذهب | ارتفاع قوي في أسعار الذهب
            death words        | مصرع 5 أشخاص في حادث سير على الطريق الصحراوي | مقتل 5 أشخاص في حادث سير على الطريق الصحراوي
            reworded noun      | انقطاع الكهرباء عن أحياء واسعة في بغداد | انقطاع التيار الكهربائي عن أحياء واسعة في بغداد
            """)
    void aRewordedWordIsNoSwap(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(kind + ": " + c.reason()).isTrue();
    }
}
