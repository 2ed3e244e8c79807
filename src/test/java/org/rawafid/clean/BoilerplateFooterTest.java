package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link BoilerplateRemover#mayBeFooter} (indexOf per word) against the char-by-char scan it replaced. */
class BoilerplateFooterTest {
    private static final String[] PIECES = {"الآراء", "التعليقات", "المشاركات", "ترحب", "ظهرت", "comments", "appeared",
        "APPEARED", "ApPeArEd", "appeare", "ppeared", "Comments", "الاراء", "ا", "ت", "ظ", "c", "a", "A", "p", "P", "e",
        "r", "d", "\u0130", "\u0131", "\u212A", "ſ", " ", "نص", "x"};

    @Test
    void answersAsTheScanDid() {
        SplittableRandom random = new SplittableRandom(14);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(0, 12); n > 0; n--) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                s.append(random.nextInt(4) == 0 ? piece.substring(0, random.nextInt(piece.length() + 1)) : piece);
            }
            String text = s.toString();
            assertThat(BoilerplateRemover.mayBeFooter(text)).as("[%s]", text)
                    .isEqualTo(BoilerplateRemover.mayBeFooterByScan(text));
        }
        for (int c = 0; c < 0x10000; c++) {
            String text = (char) c + "ppeared";
            assertThat(BoilerplateRemover.mayBeFooter(text)).as("U+%04X", c)
                    .isEqualTo(BoilerplateRemover.mayBeFooterByScan(text));
        }
    }
}
