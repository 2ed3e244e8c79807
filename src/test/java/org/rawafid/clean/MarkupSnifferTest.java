package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkupSnifferTest {
    /** The regex the sniffer replaces (issue 18, row 2): same answers, without its quadratic backtracking. */
    private static final Pattern OLD = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|&#?\\w+;");
    private static final String ALPHABET = "<>/!&#;a Z0_\t\nب-";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <p>x</p>            | true
            < / b >             | true
            <!-- c -->          | true
            a &amp; b           | true
            &#1576;             | true
            &#;                 | false
            a < b and c > d     | true
            <a<a<a              | false
            2 < 3               | false
            plain عربي          | false
            """)
    void tellsMarkupFromText(String text, boolean markup) {
        assertThat(MarkupSniffer.hasTagOrEntity(text)).isEqualTo(markup);
    }

    @Test
    void answersAsTheRegexDidOnRandomText() {
        SplittableRandom random = new SplittableRandom(18);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(0, 12); n > 0; n--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = s.toString();
            assertThat(MarkupSniffer.hasTagOrEntity(text)).as("[%s]", text).isEqualTo(OLD.matcher(text).find());
        }
    }
}
