package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairsCsvTest {
    private static final String SAME_A = "بوتين يستقبل علييف في الكرملين";
    private static final String SAME_B = "بُوتِين يَسْتَقْبِل عَلِيِيف فِي الكِرْمْلِين";
    private static final String OTHER = "الأرصاد: أمطار خفيفة على السواحل الشمالية";

    private final PairsCsv pairs = new PairsCsv(PairJudge.standard());

    @Test
    void writesScoreAndDecisionForEveryRowAndCountsLabels() {
        String in = "\uFEFFs1,s2,stance\n" + SAME_A + "," + SAME_B + ",agree\n" + SAME_A + "," + OTHER + ",other\n";
        StringWriter out = new StringWriter();

        PairsCsv.Summary summary = pairs.run(new StringReader(in), out);

        assertThat(out.toString().split("\r\n")).containsExactly(
                "s1,s2,label,score,decision",
                SAME_A + "," + SAME_B + ",agree,1.000,same",
                SAME_A + "," + OTHER + ",other,0.000,different");
        assertThat(summary).isEqualTo(new PairsCsv.Summary(2, 1, 1, 0, 0, 1, 0, 0));
        assertThat(summary.precision()).isEqualTo(1.0);
        assertThat(summary.recall()).isEqualTo(1.0);
        assertThat(summary.describe()).startsWith("pairs=2 same=1 labelled=2 precision=1.000 recall=1.000");
    }

    @Test
    void readsQuotedFieldsWithoutHeaderOrLabels() {
        String in = "\"" + SAME_A + ", \"\"عاجل\"\"\",\"" + SAME_B + "\nسطر ثان\"\r\n";
        StringWriter out = new StringWriter();

        PairsCsv.Summary summary = pairs.run(new StringReader(in), out);

        assertThat(summary.pairs()).isEqualTo(1);
        assertThat(summary.labelled()).isZero();
        assertThat(Double.isNaN(summary.precision())).isTrue();
        assertThat(out.toString()).contains("\"" + SAME_A + ", \"\"عاجل\"\"\",\"" + SAME_B + "\nسطر ثان\",,");
    }

    @Test
    void countsMergedDisagreePairsApart() {
        String in = "زلزال بقوة 5.2 يضرب ملاطية,زلزال بقوة 4.1 يضرب ملاطية,disagree\n";

        PairsCsv.Summary summary = pairs.run(new StringReader(in), new StringWriter());

        assertThat(summary.disagree()).isEqualTo(1);
        assertThat(summary.disagreeMerged()).isZero();
        assertThat(summary.labelled()).isZero();
    }

    @Test
    void rejectsUnknownLabelsAndShortRowsWithTheirRecordNumber() {
        assertThatThrownBy(() -> pairs.run(new StringReader("a,b,maybe\n"), new StringWriter()))
                .isInstanceOf(DedupeException.class).hasMessageContaining("record 1").hasMessageContaining("maybe");
        assertThatThrownBy(() -> pairs.run(new StringReader("a,b\nonly\n"), new StringWriter()))
                .isInstanceOf(DedupeException.class).hasMessageContaining("record 2");
    }

    @Test
    void handlesTenThousandPairsInOneRun() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            in.append(SAME_A).append(' ').append(i % 97).append(',').append(i % 3 == 0 ? OTHER : SAME_B).append('\n');
        }
        StringWriter out = new StringWriter();

        PairsCsv.Summary summary = pairs.run(new StringReader(in.toString()), out);

        assertThat(summary.pairs()).isEqualTo(10_000);
        assertThat(out.toString().split("\r\n")).hasSize(10_001);
    }
}
