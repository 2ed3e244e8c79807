package org.rawafid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rawafid.dedupe.ArabicNormalizer;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StoryDifferencesTest {
    private static final StoryDifferences DIFFERENCES = new StoryDifferences(new ArabicNormalizer());

    private static List<List<String>> markedWords(StoryDifferences.Report... reports) {
        return markedWords(List.of(reports));
    }

    private static List<List<String>> markedWords(List<StoryDifferences.Report> reports) {
        return DIFFERENCES.mark(reports).stream().map(m -> Stream.concat(
                m.title().markedWords().stream(), m.lead().markedWords().stream()).distinct().toList()).toList();
    }

    private static StoryDifferences.Report report(String title, String lead) {
        return new StoryDifferences.Report(title, lead);
    }

    static Stream<Arguments> stories() {
        return Stream.of(
                Arguments.of("a different toll is marked in both reports",
                        List.of(report("حريق يلتهم سوقا شعبية في حلب ويخلف 3 قتلى", ""),
                        report("حريق يلتهم سوقا شعبية في حلب ويخلف ٤ قتلى", "")),
                        List.of(List.of("3"), List.of("٤"))),
                Arguments.of("a place only one report names is marked there",
                        List.of(report("زلزال بقوة 6.1 درجة يضرب الجزائر", "ضرب زلزال شمال البلاد فجر اليوم قرب مدينة البويرة"),
                        report("زلزال بقوة 6.1 درجة يضرب الجزائر", "ضرب زلزال شمال البلاد فجر اليوم")),
                        List.of(List.of("مدينة", "البويرة"), List.of())),
                Arguments.of("a name only one outlet gives is marked",
                        List.of(report("وزير الخارجية المصري يستقبل نظيره الكويتي", "استقبل الوزير عبد العاطي نظيره الكويتي"),
                        report("وزير الخارجية المصري يستقبل نظيره الكويتي", "استقبل الوزير نظيره الكويتي")),
                        List.of(List.of("عبد", "العاطي"), List.of())),
                Arguments.of("spelling variants, clitics, diacritics and Indic digits are no difference",
                        List.of(report("بوتين يستقبل إلهام علييف في 2026", ""),
                        report("بوتِين يستقبل الهام علييف في ٢٠٢٦", "")),
                        List.of(List.of(), List.of())),
                Arguments.of("a clitic letter the stemmer kept on a short word is no difference",
                        List.of(report("ارتفاع جديد لسعر الذهب", ""),
                        report("ارتفاع جديد سعر الذهب", "")),
                        List.of(List.of(), List.of())),
                Arguments.of("function words that only one report uses are never marked",
                        List.of(report("الرئيس يصل إلى القاهرة", ""),
                        report("الرئيس يصل القاهرة", "")),
                        List.of(List.of(), List.of())),
                Arguments.of("a common word only one report uses is no difference, a common place is",
                        List.of(report("حريق جديد يلتهم مصنعا للبلاستيك في مصر", ""),
                        report("حريق يلتهم مصنعا للبلاستيك", "")),
                        List.of(List.of("مصر"), List.of())),
                Arguments.of("a word all but one of three reports share is marked in those that have it",
                        List.of(report("انفجار في ميناء بيروت", ""),
                        report("انفجار في ميناء بيروت", ""),
                        report("انفجار في بيروت", "")),
                        List.of(List.of("ميناء"), List.of("ميناء"), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void marksWhatOnlySomeReportsSay(String why, List<StoryDifferences.Report> reports, List<List<String>> expected) {
        assertThat(markedWords(reports)).as(why).isEqualTo(expected);
    }

    @Test
    void aStoryOfOneReportHasNoDifferences() {
        assertThat(markedWords(report("حريق في حلب يخلف 3 قتلى", "قتل 3 أشخاص"))).containsExactly(List.of());
    }

    @Test
    void keepsTheTextAndLeavesPunctuationOutsideTheMark() {
        List<StoryDifferences.Marked> marked = DIFFERENCES.mark(List.of(
                report("حريق في «حلب»، وثلاثة قتلى", "  نص   بمسافات "), report("حريق في «الموصل»، وثلاثة قتلى", "")));
        assertThat(marked.get(0).title().plain()).isEqualTo("حريق في «حلب»، وثلاثة قتلى");
        assertThat(marked.get(0).lead().plain()).isEqualTo("  نص   بمسافات ");
        assertThat(marked.get(0).title().runs()).contains(new MarkedText.Run("حلب", true));
    }

    @Test
    void aStoryOfManyReportsIsMarkedQuickly() {
        List<StoryDifferences.Report> reports = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            reports.add(report("حريق يلتهم سوقا شعبية في حلب ويخلف " + i + " قتلى",
                    "اندلع حريق هائل في سوق شعبية بمدينة حلب وهرعت فرق الإطفاء إلى المكان وتمكنت من السيطرة"
                            + " على النيران بعد ساعات من العمل المتواصل رقم " + i));
        }
        long start = System.nanoTime();
        List<List<String>> marked = markedWords(reports);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        assertThat(marked.get(7)).containsExactly("7");
    }

    @Test
    void aLongLeadIsMarkedInLinearTime() {
        String words = "كلمة ".repeat(20_000) + "حلب";
        long start = System.nanoTime();
        DIFFERENCES.mark(List.of(report("عنوان", words), report("عنوان", "كلمة")));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
