package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseFilterTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    private PhraseFilter filter(List<String> include, List<String> exclude) {
        return new PhraseFilter(include, exclude, normalizer);
    }

    @ParameterizedTest(name = "[{0}] in [{1}] → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            إلهام علييف  | والهام علييف يصل إلى موسكو        | true
            إلهام علييف  | الرئيس إلهام علييف                | true
            إلهام علييف  | اِلْهَام عَلِيِيف                    | true
            إلهام علييف  | علييف يلتقي إلهام شاكر            | false
            بوتين        | رسالة لبوتين من واشنطن            | true
            بوتين        | وبوتين قال                        | true
            بوتين        | بـــوتين في الصين                  | true
            بوتين        | بايدن في الصين                    | false
            رياضة        | أخبار الرياضه اليوم               | true
            رياضة        | الرياضيون يتدربون                 | true
            رياضة        | رياح قوية                         | false
            أذربيجان     | رئيس اذربيجان                     | true
            مصطفى        | لقاء مع مصطفي                     | true
            القاهرة      | وصل إلى القاهره                   | true
            القاهرة      | في بالقاهرة                       | true
            2024         | انتخابات ٢٠٢٤                     | true
            عاجل         | عاجل: انفجار                      | true
            غزة          | قصف على غزة                       | true
            غزة          | قصف على غزال                      | false
            """)
    void includesByNormalisedStemmedPhrase(String phrase, String title, boolean accepted) {
        assertThat(filter(List.of(phrase), List.of()).accepts(title, "")).isEqualTo(accepted);
    }

    @Test
    void emptyIncludeAcceptsEverything() {
        assertThat(filter(List.of(), List.of()).accepts("أي عنوان", "أي نص")).isTrue();
    }

    @Test
    void excludeWinsOverInclude() {
        PhraseFilter f = filter(List.of("بوتين"), List.of("رياضة"));

        assertThat(f.accepts("بوتين يحضر مباراة", "خبر من قسم الرياضة")).isFalse();
        assertThat(f.accepts("بوتين يستقبل علييف", "في الكرملين")).isTrue();
        assertThat(f.accepts("مباراة الأهلي", "")).isFalse();
    }

    @Test
    void excludeAloneDropsOnlyMatchingItems() {
        PhraseFilter f = filter(List.of(), List.of("رياضة"));

        assertThat(f.accepts("الدوري", "أخبار الرياضة")).isFalse();
        assertThat(f.accepts("الطقس", "أمطار")).isTrue();
    }

    @Test
    void matchesAnyOfSeveralIncludePhrasesInTitleOrText() {
        PhraseFilter f = filter(List.of("بوتين", "إلهام علييف"), List.of());

        assertThat(f.accepts("لقاء في موسكو", "والهام علييف يصل")).isTrue();
        assertThat(f.accepts("لقاء في موسكو", "")).isFalse();
    }
}
