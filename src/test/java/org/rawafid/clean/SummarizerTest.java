package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SummarizerTest {
    private static final int LIMIT = 300;
    private final Summarizer summarizer = new Summarizer();

    static Stream<String> longTexts() {
        String arabic = "غض الرئيس الروسي فلاديمير بوتين، الطرف عن الهجوم الأوكراني الخاطف في كورسك الحدودية، "
                + "بعد توجهه إلى أذربيجان، لمدة يومين للقاء نظيره الأذري إلهام علييف. ";
        String vowelled = "وَقَالَ الرَّئِيسُ إِنَّ المُفَاوَضَاتِ مُسْتَمِرَّةٌ وَسَتُسْتَأْنَفُ قَرِيبًا ";
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        return Stream.of(
                arabic.repeat(5),
                vowelled.repeat(8),
                "Putin visits Baku بوتين يزور باكو (AP) 2024-08-18 ".repeat(10),
                ("خبر عاجل " + family + family + " ").repeat(40),
                ("كلمة" + "\u0651\u064E".repeat(3) + " ").repeat(60),
                "👍🏽 ❤️ 🇪🇬 ".repeat(60),
                "x".repeat(298) + " بوتين يزور",
                "&lt;b&gt; أخبار &amp; تقارير&nbsp;من&nbsp;القاهرة ".repeat(20),
                "<p>فقرة <b>أولى</b></p><p>فقرة ثانية</p>".repeat(30));
    }

    @ParameterizedTest
    @MethodSource("longTexts")
    void neverExceedsTheLimitAndNeverEndsMidWordOrMidGrapheme(String input) {
        String summary = summarizer.summarize(input, LIMIT);
        assertThat(summary.length()).isLessThanOrEqualTo(LIMIT);
        assertThat(summary).endsWith("…");
        String head = summary.substring(0, summary.length() - 1);
        String folded = ArabicText.foldSpaces(org.jsoup.Jsoup.parseBodyFragment(input).body().text());
        assertThat(folded).startsWith(head);
        char next = folded.charAt(head.length());
        assertThat(Character.isWhitespace(next) || !Character.isLetterOrDigit(next)
                && Character.getType(next) != Character.NON_SPACING_MARK && next != '\u200D')
                .as("cut before %s (U+%04X) in %s", next, (int) next, summary).isTrue();
        assertThat(isGraphemeBoundary(folded, head.length())).isTrue();
    }

    @Test
    void cutsOneHugeTokenBetweenGraphemesAndNeverInsideASurrogatePair() {
        String huge = "🇪🇬".repeat(200);
        String summary = summarizer.summarize(huge, LIMIT);
        assertThat(summary.length()).isLessThanOrEqualTo(LIMIT);
        assertThat(Character.isHighSurrogate(summary.charAt(summary.length() - 2))).isFalse();
    }

    @Test
    void returnsShortTextWholeWithEntitiesDecodedAndWhitespaceFolded() {
        assertThat(summarizer.summarize("  بوتين&nbsp;يزور\n\n باكو &amp; يريفان ", LIMIT))
                .isEqualTo("بوتين يزور باكو & يريفان");
    }

    @Test
    void cutsAtTheLastWholeWordAndCountsTheEllipsis() {
        assertThat(summarizer.summarize("بوتين يزور أذربيجان", 12)).isEqualTo("بوتين يزور…");
        assertThat(summarizer.summarize("بوتين، يزور أذربيجان", 8)).isEqualTo("بوتين…");
    }

    private static boolean isGraphemeBoundary(String s, int i) {
        BreakIterator chars = BreakIterator.getCharacterInstance();
        chars.setText(s);
        return chars.isBoundary(i) && s.codePointBefore(i) != 0x200D;
    }

    /** Issue 18, row 10: a cleaner's text is plain; summarizing it decodes and parses nothing again. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<img src=x onerror=alert(1)>", "&lt;img src=x&gt;",
        "a &amp; b", "<b>بوتين</b> &#1576;"})
    void summarizesPlainTextWithoutDecodingItAgain(String plain) {
        assertThat(summarizer.summarizeText(plain, LIMIT)).isEqualTo(plain);
    }
}
