package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NestingScannerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ; ", textBlock = """
            201 nested divs ; <div> ; 201 ; true
            200 nested divs ; <div> ; 200 ; false
            unclosed paragraphs ; <p>x ; 1000 ; false
            unclosed list items ; <li>x ; 1000 ; false
            breaks and images ; <br><img src=a.jpg> ; 1000 ; false
            self-closed ; <b/> ; 1000 ; false
            unclosed span inside closed div ; <div><span>x</div> ; 1000 ; false
            closed bold ; <b>x</b> ; 1000 ; false
            unclosed bold ; <b>x ; 201 ; true
            stray less-than ; a < b ; 1000 ; false
            """)
    void estimatesNestingAsTheHtmlParserWouldBuildIt(String name, String unit, int times, boolean deep) {
        assertThat(NestingScanner.nestsDeeperThan(unit.repeat(times), 200)).isEqualTo(deep);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ; ", textBlock = """
            tags dropped ; <p>a <b>b</b></p><p>c</p> ; a b\\nc
            entities decoded once ; &amp;lt;x&amp;gt; &lt;y&gt; ; &lt;x&gt; <y>
            comments dropped ; a<!-- hidden -->b ; ab
            unterminated tag is text ; a <b ; a <b
            """)
    void turnsMarkupIntoText(String name, String html, String expected) {
        assertThat(NestingScanner.text(html).strip().replaceAll(" *\\n+ *", "\\\\n"))
                .isEqualTo(expected);
    }
}
