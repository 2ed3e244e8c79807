package org.rawafid.dedupe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RootStemmerTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            حكومي      | حكم
            الحكومة    | حكم
            قرار       | قرر
            تقرر       | قرر
            تخفيض      | خفض
            خفض        | خفض
            مقتل       | قتل
            قتلى       | قتل
            اجتماع     | جمع
            الانتخابات | نخب
            مراقبة     | رقب
            المحروقات  | حرق
            كاتب       | كتب
            مكتوب      | كتب
            استقبال    | قبل
            """)
    void findsTheRootOfDerivedForms(String word, String root) {
        assertThat(RootStemmer.root(normalizer.normalize(word))).isEqualTo(root);
    }

    @ParameterizedTest
    @CsvSource({"Putin", "2024", "في", "ab"})
    void leavesWordsWithoutAPatternAlone(String word) {
        String w = normalizer.normalize(word);
        assertThat(RootStemmer.root(w)).isEqualTo(w);
    }
}
