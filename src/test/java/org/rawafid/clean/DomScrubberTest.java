package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomScrubberTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            a.jpg 480w, b.jpg 800w, c.jpg 640w        | b.jpg
            a.jpg 1x, b.jpg 2x                        | b.jpg
            a.jpg, b.jpg 2x                           | b.jpg
            a.jpg,b.jpg 2x                            | a.jpg,b.jpg
            '  a.jpg  '                               | a.jpg
            data:image/gif;base64 2x, real.jpg 1x     | real.jpg
            'x.jpg?a=1,2 3x, y.jpg 1x'                | x.jpg?a=1,2
            one.jpg bogus, two.jpg 1x                 | two.jpg
            ''                                        | NULL
            """)
    void picksTheLargestSrcsetCandidate(String srcset, String expected) {
        assertThat(DomScrubber.largestCandidate(srcset)).isEqualTo(expected);
    }
}
