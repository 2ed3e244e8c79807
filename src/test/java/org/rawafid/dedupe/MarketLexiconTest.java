package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: the market lexicon, and price twins that differ only in their market. */
class MarketLexiconTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final MarketLexicon lexicon = MarketLexicon.standard();
    private final PairJudge judge = PairJudge.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ارتفاع أسعار الذهب                 | ذهب
            بالذهب                             | ذهب
            تراجع سعر خام برنت                 | نفط
            النفط يصعد                         | نفط
            الدولار الأمريكي يتراجع            | دولار
            العملة الخضراء                     | دولار
            اليورو عند أعلى مستوى              | يورو
            الجنيه المصري                      | جنيه
            الريال السعودي                     | ريال
            البيتكوين يقفز                     | بيتكوين
            العملات المشفرة                    | بيتكوين
            أسعار القمح                        | قمح
            هبوط الأسهم الأوروبية              | أسهم
            مؤشر داو جونز                      | داو جونز
            ناسداك يغلق مرتفعا                 | ناسداك
            """)
    void findsEachMarketByAnyOfItsForms(String text, String market) {
        assertThat(lexicon.markets(normalizer.tokens(text))).containsExactly(market);
    }

    @Test
    void aTextWithoutAMarketNamesNone() {
        assertThat(lexicon.markets(normalizer.tokens("وزير الخارجية المصري يستقبل نظيره الكويتي"))).isEmpty();
        assertThat(lexicon.size()).isGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gold oil        | ارتفاع أسعار الذهب في ختام تعاملات الأسبوع | ارتفاع أسعار النفط في ختام تعاملات الأسبوع
            dollar euro     | الدولار يتراجع أمام العملات الرئيسية بعد بيانات التضخم. تراجع الدولار أمام سلة من العملات الرئيسية بعد صدور بيانات التضخم الأمريكية. | اليورو يتراجع أمام العملات الرئيسية بعد بيانات التضخم. تراجع اليورو أمام سلة من العملات الرئيسية بعد صدور بيانات التضخم الأمريكية.
            pound riyal     | الجنيه يسجل أدنى مستوى له في السوق الموازية | الريال يسجل أدنى مستوى له في السوق الموازية
            bitcoin gold    | البيتكوين يسجل مستوى قياسيا جديدا | الذهب يسجل مستوى قياسيا جديدا
            wheat corn      | ارتفاع أسعار القمح في الأسواق العالمية بسبب الجفاف | ارتفاع أسعار الذرة في الأسواق العالمية بسبب الجفاف
            stocks bonds    | الأسهم الأمريكية تغلق على انخفاض | السندات الأمريكية تغلق على انخفاض
            """)
    void priceTwinsOfTwoMarketsAreTwoStories(String kind, String a, String b) {
        Comparison c = judge.similar(a, b);

        assertThat(c.sameStory()).as(c.reason()).isFalse();
        assertThat(c.reason()).startsWith("blocked:");
    }

    @Test
    void namesTheMarketsThatDiffer() {
        assertThat(judge.similar("ارتفاع أسعار الذهب عالميا", "ارتفاع أسعار النفط عالميا").reason())
                .isEqualTo("blocked: markets differ (ذهب vs نفط)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            second market detail | الذهب يرتفع مع تراجع الدولار | ارتفاع أسعار الذهب بعد تراجع الدولار
            one market two forms | ارتفاع أسعار خام برنت | ارتفاع أسعار النفط الخام
            market only one side | أسعار الذهب ترتفع في الأسواق | ارتفاع الأسعار في الأسواق
            """)
    void oneMarketToldTwoWaysIsNotBlocked(String kind, String a, String b) {
        assertThat(judge.similar(a, b).reason()).doesNotStartWith("blocked: markets differ");
    }
}
