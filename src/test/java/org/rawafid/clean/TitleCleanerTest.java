package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCleanerTest {
    private final TitleCleaner cleaner = new TitleCleaner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ; ", nullValues = "NULL", textBlock = """
            suffix with bar ; بوتين يزور أذربيجان | القاهرة الإخبارية ; القاهرة الإخبارية ; بوتين يزور أذربيجان
            suffix without hamza ; بوتين يزور أذربيجان | القاهرة الاخبارية ; القاهرة الإخبارية ; بوتين يزور أذربيجان
            prefix with dash ; القاهرة الإخبارية - بوتين يزور أذربيجان ; القاهرة الإخبارية ; بوتين يزور أذربيجان
            suffix with em dash ; بوتين يزور أذربيجان — الجزيرة نت ; الجزيرة نت ; بوتين يزور أذربيجان
            prefix with colon ; سكاي نيوز عربية: بوتين يزور أذربيجان ; سكاي نيوز عربية ; بوتين يزور أذربيجان
            middle dot ; بوتين يزور أذربيجان · CNN Arabic ; cnn arabic ; بوتين يزور أذربيجان
            breaking kept ; عاجل | بوتين يزور أذربيجان | القاهرة الإخبارية ; القاهرة الإخبارية ; عاجل | بوتين يزور أذربيجان
            no site name ; عاجل | بوتين يزور أذربيجان ; NULL ; عاجل | بوتين يزور أذربيجان
            hyphen inside kept ; فوز الأهلي 2-1 على الزمالك ; الأهلي ; فوز الأهلي 2-1 على الزمالك
            html and entities ; <b>بوتين</b> &amp; علييف&nbsp;في   باكو ; NULL ; بوتين & علييف في باكو
            double escaped ; بوتين &amp;amp; علييف &amp;lt;باكو&amp;gt; ; NULL ; بوتين & علييف &lt;باكو&gt;
            mixed direction ; iPhone 16 يصل إلى مصر بسعر 60 ألف جنيه | Masrawy ; Masrawy ; iPhone 16 يصل إلى مصر بسعر 60 ألف جنيه
            title equal to site kept ; القاهرة الإخبارية ; القاهرة الإخبارية ; القاهرة الإخبارية
            """)
    void removesTheSiteNameAndKeepsTheRest(String name, String raw, String site, String expected) {
        assertThat(cleaner.clean(raw, site)).isEqualTo(expected);
    }

    /** Issue 18, row 10: a title is decoded once; what it then spells stays text, never markup. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ; ", textBlock = """
            escaped tag is literal text ; &lt;img src=x onerror=alert(1)&gt; ; <img src=x onerror=alert(1)>
            twice escaped tag stays escaped ; &amp;lt;img src=x onerror=alert(1)&amp;gt; ; &lt;img src=x onerror=alert(1)&gt;
            twice escaped decimal tag ; &amp;#60;script&amp;#62;x ; &#60;script&#62;x
            twice escaped hex tag ; &amp;#x3C;b&amp;#x3e;x ; &#x3C;b&#x3e;x
            twice escaped quote decoded ; Don&amp;#8217;t &amp;amp; won&amp;rsquo;t ; Don’t & won’t
            real tag dropped ; <img src=x onerror=alert(1)>خبر ; خبر
            """)
    void decodesOnceSoTextNeverBecomesMarkup(String name, String raw, String expected) {
        assertThat(cleaner.clean(raw, null)).isEqualTo(expected.replace("\\u2019", "\u2019"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ; ", textBlock = """
            \u202Eخبر\u202C ; خبر
            a\u2066b\u2069 c ; ab c
            \u202A\u202B\u202D x ; x
            mixed \u200F kept ; mixed \u200F kept
            """)
    void stripsBidiEmbeddingsOverridesAndIsolates(String raw, String expected) {
        assertThat(cleaner.clean(unescape(raw), null)).isEqualTo(unescape(expected));
    }

    @org.junit.jupiter.api.Test
    void cutsTitlesAtTheLimitAndReadsAHugeOneQuickly() {
        String huge = "<b>" + "خبر ".repeat(700_000) + "</b>";
        long start = System.nanoTime();
        String title = cleaner.clean(huge, null);
        assertThat(title.length()).isLessThanOrEqualTo(TitleCleaner.MAX_CHARS).isGreaterThan(900);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
