package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineChooserTest {
    private final HeadlineChooser chooser = new HeadlineChooser();

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiterString = " ; ", textBlock = """
            وزير الخارجية يبحث مع نظيره ...   ; وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; page ; three dots with a space
            وزير الخارجية يبحث مع نظيره…      ; وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; page ; one ellipsis character
            وزير الخارجية يبحث مع نظيره..      ; وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; page ; two dots
            وزير الخارجية يبحث مع نظيره       ; وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; page ; cut without any mark
            وزير الخارجية يبحث مع نظ          ; وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; page ; cut inside a word after whole words
            وزير الخارجيه يبحث مع نظيره ...   ; وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; page ; ta marbuta spelled as ha
            الرئيس يستقبل                     ; الرئيس يستقبل: وفد البنك الدولي في القاهرة         ; page ; cut before punctuation
            عاجل                              ; عاجل | انفجار في مرفأ بيروت                       ; page ; one whole word
            الخارجية: "لا حل عسكري ...        ; الخارجية: «لا حل عسكري في سوريا»               ; page ; other quotation marks
            إصابة ٣ أشخاص في حادث ...         ; إصابة 3 أشخاص في حادث سير على الطريق الدائري     ; page ; Arabic-Indic against ASCII digits
            تجاهل هجوم كورسك ..               ; تجاهل هجوم كورسك.. بوتين يزور أذربيجان           ; page ; punctuation inside the page headline
            وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; feed ; equal titles
            وزير الخارجية يبحث الأزمة ...     ; وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; feed ; not a prefix
            بوتين يزور أذربيجان                ; تجاهل هجوم كورسك.. بوتين يزور أذربيجان            ; feed ; contained but not at the start
            وزير الخارجية يبحث مع نظيره الروسي الأزمة السورية ; وزير الخارجية يبحث      ; feed ; page headline shorter
            وز                                ; وزير الخارجية يبحث مع نظيره                      ; feed ; a fragment of one word
            الرئيس يلت                         ; الرئيس يلتقي وفدا                                ; feed ; one word then a fragment
            الرئيس يلتقي وفدا؟                ; الرئيس يلتقي وفدا                                ; feed ; equal but for punctuation
            مصر 2                             ; مصر 20 عاما على الاتفاق                         ; feed ; a number cut after one word
            ...                               ; وزير الخارجية يبحث                              ; feed ; nothing but an ellipsis
            """)
    void publishesThePageHeadlineOnlyForATruncatedFeedTitle(String feed, String page, String expected, String why) {
        assertThat(chooser.choose(feed, page)).isEqualTo(expected.equals("page") ? page : feed);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ; ", textBlock = """
            عنوان ...   ; عنوان
            عنوان…      ; عنوان
            عنوان..     ; عنوان
            عنوان.      ; عنوان.
            ع. م.       ; ع. م.
            عنوان       ; عنوان
            """)
    void dropsOnlyAnEllipsisFromTheEnd(String title, String expected) {
        assertThat(HeadlineChooser.withoutEllipsis(title)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ; ", textBlock = """
            الخارجية: «لا حل عسكري»     ; الخارجيه لا حل عسكري
            إصابة ٣ أشخاص               ; اصابه 3 اشخاص
            كورسك..بوتين                ; كورسك بوتين
            """)
    void reducesTitlesToTheirWords(String title, String expected) {
        assertThat(HeadlineChooser.skeleton(title)).isEqualTo(expected);
    }
}
