package org.rawafid.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsBothNormalisedFormsTheScoreAndTheDecision() {
        StringWriter out = new StringWriter();
        int code = RawafidCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "similar",
                "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين",
                "بوتن يستقبل الرئيس الاذربيجاني الهام علييف في الكرملين");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("A: ").contains("B: ").containsPattern("score: \\d\\.\\d{3}")
                .contains("decision: same");
    }

    @Test
    void printsWhichRuleDecided() {
        StringWriter out = new StringWriter();
        RawafidCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "similar",
                "حريق كبير يلتهم غابات في شمال اليونان", "حريق كبير يلتهم غابات في شمال المغرب");

        assertThat(out.toString()).contains("decision: different")
                .contains("rule: blocked: places differ (اليونان vs المغرب)");
    }

    /** Headline and lead, as the pipeline compares items (headlines alone share too many words here). */
    @Test
    void keepsTwoMeetingsOfTheSamePresidentApart() {
        StringWriter out = new StringWriter();
        RawafidCommand.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "similar",
                "بوتين يستقبل الرئيس الأذربيجاني إلهام علييف في الكرملين. استقبل الرئيس الروسي فلاديمير بوتين"
                        + " نظيره الأذربيجاني إلهام علييف وبحثا التعاون في مجال الطاقة والنقل",
                "بوتين يستقبل رئيس الوزراء الأرميني نيكول باشينيان في الكرملين. استقبل الرئيس الروسي فلاديمير"
                        + " بوتين رئيس الوزراء الأرميني نيكول باشينيان وبحثا الوضع في جنوب القوقاز");

        assertThat(out.toString()).contains("decision: different");
    }

    @Test
    void judgesEveryRowOfAPairsFileAndSummarisesLabels() throws Exception {
        Path csv = dir.resolve("pairs.csv");
        Files.writeString(csv, """
                s1,s2,label
                "بوتين يستقبل علييف في الكرملين, اليوم","بوتن يستقبل علييف في الكرملين اليوم",agree
                زلزال بقوة 5.2 درجة يضرب تركيا,ارتفاع أسعار الذهب في الأسواق العالمية,other
                """);
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = RawafidCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    "similar", "--pairs", csv.toString());
        } finally {
            System.setOut(saved);
        }
        String rows = captured.toString(StandardCharsets.UTF_8);

        assertThat(code).isZero();
        assertThat(rows.lines().filter(l -> !l.isBlank())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows).contains("\"بوتين يستقبل علييف في الكرملين, اليوم\"").containsPattern(",agree,\\d\\.\\d{3},same")
                .containsPattern(",other,\\d\\.\\d{3},different");
        assertThat(err.toString()).isNotBlank();
    }
}
