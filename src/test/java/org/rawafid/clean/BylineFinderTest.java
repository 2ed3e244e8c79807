package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineFinderTest {
    private static final String STORY = "<p>غض الرئيس الروسي فلاديمير بوتين الطرف عن الهجوم الأوكراني في كورسك.</p>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ; ", nullValues = "NULL", textBlock = """
            site dash name          ; <p><strong>القاهرة الإخبارية - أحمد أنور</strong></p>  ; أحمد أنور
            site without hamza      ; <p>القاهرة الاخبارية - أحمد أنور</p>                    ; أحمد أنور
            wrote colon             ; <p>كتب: محمد علي</p>                                    ; محمد علي
            by pen                  ; <div>بقلم سارة حسن</div>                                ; سارة حسن
            no byline               ; <p>قال المتحدث إن الاجتماع انتهى</p>                    ; NULL
            other site              ; <p>سكاي نيوز - أحمد أنور</p>                            ; NULL
            """)
    void takesTheWriterFromTheFirstLines(String name, String first, String expected) {
        Element content = Jsoup.parseBodyFragment("<div>" + first + STORY + "</div>").body().child(0);
        assertThat(BylineFinder.takeByline(content, "القاهرة الإخبارية", null)).isEqualTo(expected);
        assertThat(content.text().contains("أحمد أنور") || content.text().contains("كتب")
                || content.text().contains("بقلم")).isEqualTo(expected == null && !name.equals("no byline"));
    }
}
