package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PairJudgeTest {
    private final PairJudge judge = PairJudge.standard();

    @Test
    void sameStoryDespiteSpellingVariantsAndDiacritics() {
        Comparison c = judge.similar("بوتين يستقبل إلهام علييف رئيس أذربيجان في الكرملين",
                "بُوتين يَستقبل الهام علييف رئيس اذربيجان بالكرملين");

        assertThat(c.sameStory()).isTrue();
        assertThat(c.score()).isGreaterThan(0.8);
        assertThat(c.normalizedB()).isEqualTo("بوتين يستقبل الهام علييف رييس اذربيجان بالكرملين");
    }

    @Test
    void differentMagnitudesAreDifferentQuakes() {
        Comparison c = judge.similar("زلزال بقوة 5.2 درجات يضرب ولاية ملاطية شرقي تركيا",
                "زلزال بقوة ٤٫١ درجات يضرب ولاية ملاطية شرقي تركيا");

        assertThat(c.score()).isGreaterThan(0.8);
        assertThat(c.sameStory()).isFalse();
    }

    @Test
    void differentRatesAreDifferentDecisions() {
        assertThat(judge.similar("المركزي يثبت الفائدة عند 27.25%", "المركزي يثبت الفائدة عند 7.5%").sameStory())
                .isFalse();
    }

    @Test
    void aRiseIsNotAFall() {
        assertThat(judge.similar("ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية",
                "انخفاض أسعار النفط مع ارتفاع المخزونات الأمريكية").sameStory()).isFalse();
    }

    @Test
    void unrelatedTitlesAreDifferent() {
        Comparison c = judge.similar("بوتين يستقبل علييف", "أمطار خفيفة على السواحل الشمالية");

        assertThat(c.sameStory()).isFalse();
        assertThat(c.score()).isZero();
    }

    @Test
    void emptyTextsAreNeverTheSameStory() {
        assertThat(judge.similar("", "  ").sameStory()).isFalse();
    }
}
