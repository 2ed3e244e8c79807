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
            double escaped ; بوتين &amp;amp; علييف &amp;lt;باكو&amp;gt; ; NULL ; بوتين & علييف <باكو>
            mixed direction ; iPhone 16 يصل إلى مصر بسعر 60 ألف جنيه | Masrawy ; Masrawy ; iPhone 16 يصل إلى مصر بسعر 60 ألف جنيه
            title equal to site kept ; القاهرة الإخبارية ; القاهرة الإخبارية ; القاهرة الإخبارية
            """)
    void removesTheSiteNameAndKeepsTheRest(String name, String raw, String site, String expected) {
        assertThat(cleaner.clean(raw, site)).isEqualTo(expected);
    }
}
