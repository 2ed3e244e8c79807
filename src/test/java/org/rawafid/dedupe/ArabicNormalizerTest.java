package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicNormalizerTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @ParameterizedTest(name = "{0}: [{1}] → [{2}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            alef hamza above           | أحمد                    | احمد
            alef hamza below           | إلهام                   | الهام
            alef madda                 | آذار                    | اذار
            alef wasla                 | ٱلله                    | الله
            alef maqsura               | مصطفى                   | مصطفي
            ta marbuta                 | القاهرة                 | القاهره
            waw hamza                  | مؤتمر                   | موتمر
            yeh hamza                  | رئيس                    | رييس
            fatha damma kasra          | كَتَبَ                   | كتب
            tanween                    | شكراً                   | شكرا
            shadda sukun               | محمّد                   | محمد
            superscript alef           | هٰذا                    | هذا
            tatweel                    | أخبـــار                | اخبار
            zero width non joiner      | می‌خواهم                 | ميخواهم
            zero width space           | غزة​اليوم               | غزهاليوم
            rtl mark                   | ‏بيروت                  | بيروت
            bidi embedding             | ‫دمشق‬                  | دمشق
            arabic letter mark         | ؜عمان                   | عمان
            arabic indic digits        | ٢٠٢٤                    | 2024
            persian digits             | ۱۴۰۳                    | 1403
            arabic decimal separator   | ٥٫٢ درجات               | 5.2 درجات
            latin decimal point        | 27.25%                  | 27.25
            thousands separator        | ١٬٠٠٠ قتيل              | 1000 قتيل
            arabic comma               | غزة، رفح                | غزه رفح
            arabic semicolon           | قال؛ ثم                 | قال ثم
            arabic question mark       | هل؟                     | هل
            guillemets                 | «الأهرام»               | الاهرام
            latin punctuation          | "ترامب": نعم!           | ترامب نعم
            dash and slash             | غزة - رفح/خان           | غزه رفح خان
            full stop after digit      | عام 2011.               | عام 2011
            lower case latin           | BBC News                | bbc news
            nfkc ligature              | ﻻ                      | لا
            nfkc presentation form     | ﺑﻴﺮﻭﺕ                   | بيروت
            nfkc full width digits     | ２０２４                  | 2024
            collapses spaces           | "  غزة    رفح  "        | غزه رفح
            newline and tab            | "غزة\\tرفح"             | غزه رفح
            soft hyphen                | أخ­بار                  | اخبار
            farsi yeh                  | ایران                   | ايران
            keheh                      | کتاب                    | كتاب
            ornate parenthesis         | ﴿قرآن﴾                  | قران
            mixed                      | وَالإمـارات، ٢٠٢٤!       | والامارات 2024
            digit glued to clitic      | بـ95 صوتا و3 جرحى       | ب 95 صوتا و 3 جرحي
            empty                      | "\u0020"                | ""
            """)
    void normalizesSpellingVariants(String name, String input, String expected) {
        String in = input.replace("\\t", "\t");
        assertThat(normalizer.normalize(in)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            بوتين                | وت
            لبوتين               | وت
            وبوتين               | وت
            إلهام علييف          | هام علييف
            والهام علييف         | هام علييف
            بالقاهرة             | قاهر
            للرئيس               | رييس
            أذربيجان             | اذربيج
            اذربيجان             | اذربيج
            عاجل: زلزال في تركيا | زلزال تركيا
            """)
    void stemsCliticsAndSuffixes(String input, String expected) {
        assertThat(String.join(" ", normalizer.tokens(input))).isEqualTo(expected);
    }

    @Test
    void dropsStopWordsAndNewsBoilerplate() {
        assertThat(normalizer.tokens("بالفيديو.. شاهد من هو الذي فاز في الانتخابات")).containsExactly("فاز", "انتخاب");
    }

    @Test
    void keepsNumbersAsTokens() {
        assertThat(normalizer.tokens("زلزال بقوة ٥٫٢ درجة")).contains("5.2");
    }
}
