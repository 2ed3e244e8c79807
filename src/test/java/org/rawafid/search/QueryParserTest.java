package org.rawafid.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rawafid.dedupe.ArabicNormalizer;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParserTest {
    private static final QueryParser PARSER = new QueryParser(new ArabicNormalizer());

    /** The parsed query written back: groups as (a/b), phrases as [a b], excluded as -x. */
    private static String shape(Query q) {
        String required = q.required().stream()
                .map(g -> g.size() == 1 ? term(g.get(0)) : g.stream().map(QueryParserTest::term)
                        .collect(Collectors.joining("/", "(", ")")))
                .collect(Collectors.joining(" "));
        String excluded = q.excluded().stream().map(t -> " -" + term(t)).collect(Collectors.joining());
        return required + excluded;
    }

    private static String term(Query.Term t) {
        return t.isPhrase() ? "[" + String.join(" ", t.stems()) + "]" : t.stems().get(0);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            غزة                                  | غزه
            غزة هدنة                             | غزه هدن
            '"وزير الخارجية"'                    | [زير خارج]
            بوتين OR علييف                       | (تين/علييف)
            بوتين OR علييف OR أردوغان            | (تين/علييف/اردوغ)
            غزة بوتين OR علييف قمة               | غزه (تين/علييف) قمه
            غزة -رياضة                           | غزه -رياض
            'غزة -"كأس العالم"'                  | غزه -[كاس عالم]
            '"إلهام علييف" OR بوتين -رياضة'      | ([هام علييف]/تين) -رياض
            '«وزير الخارجية»'                    | [زير خارج]
            'غزة ، ( هدنة )'                     | غزه هدن
            بـ95                                 | [ب 95]
            5.6                                  | [5 6]
            or                                   | or
            ORDER                                | order
            كوفيد-19                             | [فيد 19]
            والرئيس                              | رييس
            للرئيس                               | رييس
            وبالرئيس                             | رييس
            فبالرئيس                             | رييس
            الرئيس                               | رييس
            إِسْرَائِيل                          | اسراييل
            ٢٠٢٤                                 | 2024
            """)
    void parsesTheQueryLanguage(String text, String expected) {
        assertThat(shape(PARSER.parse(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                   | empty query
            '   '                                | empty query
            '،'                                  | empty query
            '"غزة'                               | unterminated phrase
            'غزة "هدنة'                          | unterminated phrase
            '""'                                 | empty phrase
            'OR غزة'                             | OR needs a word or phrase on each side
            'غزة OR'                             | OR needs a word or phrase on each side
            'غزة OR OR هدنة'                     | OR needs a word or phrase on each side
            'غزة OR -هدنة'                       | OR cannot join an excluded term
            '-غزة OR هدنة'                       | OR needs a word or phrase on each side
            '-غزة'                               | at least one word that is not excluded
            'غزة -'                              | must be followed by the word or phrase to exclude
            'غزة - هدنة'                         | must be followed by the word or phrase to exclude
            """)
    void refusesBadSyntaxWithOneLineReason(String text, String reason) {
        assertThatThrownBy(() -> PARSER.parse(text)).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining(reason).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @org.junit.jupiter.api.Test
    void refusesMoreThan256CharactersOrSixteenWords() {
        String words = String.join(" ", List.of("غزة", "هدنة", "قمة", "بوتين", "علييف", "مصر", "لبنان", "سوريا",
                "العراق", "الأردن", "تونس", "الجزائر", "المغرب", "ليبيا", "السودان", "اليمن"));
        assertThat(PARSER.parse(words).required()).hasSize(16);
        assertThatThrownBy(() -> PARSER.parse(words + " قطر")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("too many words");
        assertThatThrownBy(() -> PARSER.parse("\"" + words + " قطر\"")).hasMessageContaining("too many words");
        String padded = words + " ".repeat(256 - words.length());
        assertThat(PARSER.parse(padded).required()).hasSize(16);
        assertThatThrownBy(() -> PARSER.parse(padded + " ")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("too long");
    }

    @org.junit.jupiter.api.Test
    void parsesWorstCaseInputInLinearTime() {
        // Quotes, dashes and ORs in bulk: refused by length or parsed in one pass, never slow.
        for (String s : List.of("\"".repeat(256), "-".repeat(256), "OR ".repeat(85), "\"a\" ".repeat(64))) {
            long start = System.nanoTime();
            try {
                PARSER.parse(s);
            } catch (QuerySyntaxException expected) {
                // fine: a reason, quickly
            }
            assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        }
    }
}
