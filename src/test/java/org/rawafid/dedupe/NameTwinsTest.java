package org.rawafid.dedupe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: template twins that differ only in a person or a team are two stories from the very
 * first item of an empty store — the rare-word rule reads the shipped {@link WordPrior}, not
 * only stored counts. Each text is "headline. lead", judged as {@code rawafid similar} does.
 */
class NameTwinsTest {
    private final PairJudge judge = PairJudge.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            us officials lead  | أنتوني بلينكن يبحث مع نظيره المصري الأوضاع في غزة. بحث أنتوني بلينكن خلال اتصال هاتفي مع نظيره المصري تطورات الأوضاع في قطاع غزة. | جيك سوليفان يبحث مع نظيره المصري الأوضاع في غزة. بحث جيك سوليفان خلال اتصال هاتفي مع نظيره المصري تطورات الأوضاع في قطاع غزة.
            tunisian president | الرئيس التونسي قيس سعيد يستقبل وفدا من صندوق النقد الدولي | رئيس الحكومة التونسية أحمد الحشاني يستقبل وفدا من صندوق النقد الدولي
            coach sacked       | إقالة المدرب جوزيه غوميز من تدريب الفريق بعد الخسارة | إقالة المدرب مارسيل كولر من تدريب الفريق بعد الخسارة
            ahly zamalek       | الأهلي يفوز على الإسماعيلي بهدفين دون رد في الدوري | الزمالك يفوز على الإسماعيلي بهدفين دون رد في الدوري
            wydad esperance    | الوداد يتأهل إلى نصف نهائي دوري أبطال أفريقيا. تأهل فريق الوداد إلى الدور نصف النهائي من دوري أبطال أفريقيا بعد فوزه بركلات الترجيح. | الترجي يتأهل إلى نصف نهائي دوري أبطال أفريقيا. تأهل فريق الترجي إلى الدور نصف النهائي من دوري أبطال أفريقيا بعد فوزه بركلات الترجيح.
            ahly wydad         | الأهلي يتعاقد مع مهاجم جديد لمدة ثلاثة مواسم | الوداد يتعاقد مع مهاجم جديد لمدة ثلاثة مواسم
            real barca         | ريال مدريد يتعادل مع إشبيلية في الدوري الإسباني | برشلونة يتعادل مع إشبيلية في الدوري الإسباني
            real barca lead    | ريال مدريد يعلن إصابة لاعبه بقطع في الرباط الصليبي. أعلن نادي ريال مدريد إصابة لاعبه بقطع في الرباط الصليبي سيبعده عن الملاعب لستة أشهر. | برشلونة يعلن إصابة لاعبه بقطع في الرباط الصليبي. أعلن نادي برشلونة إصابة لاعبه بقطع في الرباط الصليبي سيبعده عن الملاعب لستة أشهر.
            """)
    void twinsThatDifferInAPersonOrATeamAreTwoStories(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(c.reason()).isFalse();
        assertThat(c.reason()).startsWith("blocked:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name once          | وزير الخارجية الأمريكي أنتوني بلينكن يصل إلى القاهرة | بلينكن يصل إلى القاهرة في زيارة رسمية
            team and club      | الأهلي يفوز على الإسماعيلي بهدفين دون رد | فوز الأهلي على الإسماعيلي بهدفين نظيفين في الدوري
            president titled   | الرئيس التونسي قيس سعيد يستقبل وفدا من صندوق النقد الدولي | قيس سعيد يستقبل وفد صندوق النقد الدولي
            """)
    void oneNamedEventToldTwoWaysIsOneStory(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(c.reason()).isTrue();
    }
}
