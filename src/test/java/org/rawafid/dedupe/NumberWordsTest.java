package org.rawafid.dedupe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            مصرع خمسة أشخاص                | مصرع 5 اشخاص
            مصرع ٥ أشخاص                   | مصرع 5 اشخاص
            بخمسة أهداف                    | 5 اهداف
            ثلاث إصابات                    | 3 اصابات
            خمسة عشر شخصا                  | 15 شخصا
            اثنا عشر                       | 12
            إحدى عشرة                      | 11
            عشرين قتيلا                    | 20 قتيلا
            خمسة وعشرون                    | 25
            واحد وعشرين                    | 21
            ثلاثمئة سرير                   | 300 سرير
            ثلاثمائة سرير                  | 300 سرير
            ثلاث مئة                       | 300
            مئتي                           | ميتي
            مئتين                          | 200
            ثلاثة آلاف وخمسمئة دولار        | 3500 دولار
            3 آلاف                         | 3000
            1.5 مليار                      | 1500000000
            مليون دولار                    | 1000000 دولار
            مليارا دولار لمصر              | 2000000000 دولار لمصر
            2 مليار دولار                  | 2000000000 دولار
            20 مليارا                      | 20000000000
            الجولة الثالثة والعشرين        | الجوله 23
            الدورة الخامسة                 | الدوره 5
            الحادي عشر                     | 11
            10 بالمئة                      | 10
            10 في المئة                    | 10
            دفعة واحدة                     | دفعه واحده
            ملايين الدولارات               | ملايين الدولارات
            الفصل الأول والثاني            | الفصل الاول والثاني
            """)
    void writesNumberWordsAsDigits(String text, String expected) {
        assertThat(NumberWords.digits(normalizer.normalize(text))).isEqualTo(expected);
    }
}
