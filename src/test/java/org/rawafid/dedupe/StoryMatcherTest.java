package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StoryMatcherTest {
    private final Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
    private final StoryMatcher matcher = new StoryMatcher(fingerprinter);

    @Test
    void sameAgencyCopyUnderDifferentHeadlinesIsOneStory() {
        Comparison c = matcher.compare(
                new Text("حكومة نواف سلام تنال ثقة البرلمان اللبناني بـ95 صوتا",
                        "نالت حكومة رئيس الوزراء اللبناني نواف سلام ثقة مجلس النواب بأغلبية 95 صوتا."),
                new Text("البرلمان اللبناني يمنح الثقة لحكومة نواف سلام",
                        "منح مجلس النواب اللبناني الثقة لحكومة رئيس الوزراء نواف سلام بأغلبية 95 صوتا."));

        assertThat(c.sameStory()).isTrue();
        assertThat(c.score()).isGreaterThanOrEqualTo(StoryMatcher.THRESHOLD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            other magnitude   | زلزال بقوة 5.2 درجات يضرب ملاطية | زلزال بقوة 4.1 درجات يضرب ملاطية
            other rate        | الفائدة عند 27.25% في مصر         | الفائدة عند 7.5% في مصر
            other vote count  | الثقة لحكومة سلام بـ95 صوتا       | الثقة لحكومة سلام بـ78 صوتا
            rise against fall | ارتفاع أسعار الذهب في الأسواق     | انخفاض أسعار الذهب في الأسواق
            claim and denial  | الحوثيون يعلنون استهداف سفينة    | الحوثيون ينفون استهداف سفينة
            """)
    void changedFactsAreDifferentStoriesDespiteSharedWords(String rule, String a, String b) {
        Comparison c = matcher.compare(Text.ofTitle(a), Text.ofTitle(b));

        assertThat(c.score()).isGreaterThanOrEqualTo(0.6);
        assertThat(c.sameStory()).isFalse();
    }

    @Test
    void keepsTwoMeetingsOfTheSamePresidentApart() {
        Comparison c = matcher.compare(
                new Text("بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين", "استقبل الرئيس الروسي فلاديمير"
                        + " بوتين نظيره الأذربيجاني إلهام علييف وبحثا التعاون في مجال الطاقة والنقل"),
                new Text("بوتين يستقبل رئيس الوزراء الأرميني نيكول باشينيان في الكرملين", "استقبل الرئيس الروسي"
                        + " فلاديمير بوتين رئيس الوزراء الأرميني نيكول باشينيان وبحثا الوضع في جنوب القوقاز"));

        assertThat(c.score()).isGreaterThan(0.4);
        assertThat(c.sameStory()).isFalse();
    }

    @Test
    void aNumberOnlyOneSideMentionsIsDetailNotContradiction() {
        Comparison c = matcher.compare(Text.ofTitle("زلزال يضرب ملاطية شرقي تركيا"),
                Text.ofTitle("زلزال بقوة 5.2 يضرب ملاطية شرقي تركيا"));

        assertThat(c.sameStory()).isTrue();
    }

    @Test
    void differentNumbersOnlyInTheLeadsDoNotSplitAStory() {
        Comparison c = matcher.compare(
                new Text("البرلمان اللبناني يمنح الثقة لحكومة نواف سلام", "صوت النواب في جلسة بدأت الساعة 11 صباحا."),
                new Text("البرلمان اللبناني يمنح الثقة لحكومة نواف سلام", "حضر الجلسة 128 نائبا."));

        assertThat(c.sameStory()).isTrue();
    }

    @Test
    void oneKeptCliticLetterStillMatches() {
        assertThat(matcher.compare(Text.ofTitle("ارتفاع لسعر الدولار"), Text.ofTitle("ارتفاع سعر الدولار")).score())
                .isEqualTo(1.0);
    }

    @Test
    void namesTheRareWordsThatDifferWhenStoredCountsBlockAPair() {
        CorpusStats stats = new CorpusStats() {
            @Override
            public long documents() {
                return 1000;
            }

            @Override
            public long frequency(String word) {
                return new ArabicNormalizer().tokens("بوتين يستقبل").contains(word) ? 100 : 2;
            }
        };
        // Without the shipped prior, so only the stored counts can block.
        StoryMatcher matcher = new StoryMatcher(fingerprinter, StoryMatcher.THRESHOLD, CorpusStats.NONE);
        Fingerprint a = fingerprinter.fingerprint(Text.ofTitle("بوتين يستقبل علييف"));
        Fingerprint b = fingerprinter.fingerprint(Text.ofTitle("بوتين يستقبل باشينيان"));

        assertThat(matcher.compare(a, b).sameStory()).isTrue();
        Comparison c = matcher.compare(a, b, stats);
        assertThat(c.sameStory()).isFalse();
        assertThat(c.reason()).startsWith("blocked: rare words differ (علييف vs ");
        assertThat(matcher.sameStoryScore(a, b, stats)).isEqualTo(-1);
    }

    @Test
    void comparisonCarriesBothNormalisedTexts() {
        Comparison c = matcher.compare(new Text("غزّة", "رفح"), Text.ofTitle("خان يونس"));

        assertThat(c.normalizedA()).isEqualTo("غزه\nرفح".replace('\n', ' '));
        assertThat(c.normalizedB()).isEqualTo("خان يونس");
        assertThat(c.sameStory()).isFalse();
    }

    @Test
    void theShippedPriorBlocksTwoNamesInOneSlotFromTheFirstComparison() {
        Comparison c = matcher.compare(Text.ofTitle("بوتين يستقبل علييف"), Text.ofTitle("بوتين يستقبل باشينيان"));

        assertThat(c.sameStory()).isFalse();
        assertThat(c.reason()).startsWith("blocked: names differ (علييف vs ");
    }

    @Test
    void oneNameSpelledTwoWaysIsNotTwoNames() {
        assertThat(StoryMatcher.oneWord("ديفيدسون", "ديفدسون")).isTrue();
        assertThat(StoryMatcher.oneWord("غوميز", "جوميز")).isTrue();
        assertThat(StoryMatcher.oneWord("لنشر", "بنشر")).isTrue();
        assertThat(StoryMatcher.oneWord("سوليفان", "بلينكن")).isFalse();
    }

    /** The cues in a "cues differ" reason are listed in one order, not in a set's, which changes per run. */
    @Test
    void cuesDifferNamesTheCuesInDeclarationOrder() {
        Comparison c = matcher.compare(
                Text.ofTitle("مقتل 3 في اشتباكات وارتفاع أسعار الخبز في المدينة"),
                Text.ofTitle("نجاة 3 من اشتباكات وانخفاض أسعار الخبز في المدينة"));

        assertThat(c.reason()).startsWith("blocked: cues differ (");
        String listed = c.reason().substring(c.reason().indexOf('(') + 1, c.reason().lastIndexOf(')'));
        for (String side : listed.split(" vs ")) {
            java.util.List<Cue> cues = java.util.Arrays.stream(side.replaceAll("[\\[\\]]", "").split(", "))
                    .map(Cue::valueOf).toList();
            assertThat(cues).as(side).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        }
    }
}
