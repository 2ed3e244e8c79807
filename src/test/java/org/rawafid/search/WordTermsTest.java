package org.rawafid.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link WordTerms} answers {@code compute} of the word's chars, computing each kept word once until another takes its slot. */
class WordTermsTest {
    private final List<String> computed = new ArrayList<>();
    private final WordTerms memo = new WordTerms(4, word -> {
        computed.add(word);
        return new String[]{word.toUpperCase()};
    });

    @Test
    void answersTheWordInTheCharsAndRemembersIt() {
        char[] text = "xx abc yy abc".toCharArray();
        assertThat(memo.of(text, 3, 6)).containsExactly("ABC");
        assertThat(memo.of(text, 10, 13)).containsExactly("ABC");
        assertThat(computed).containsExactly("abc");
    }

    @Test
    void aWordThatSharesItsSlotReplacesTheOtherAndBothStayRight() {
        List<String> words = List.of("a", "b", "c", "d", "e", "f", "g", "h", "ab", "ba");
        for (int round = 0; round < 3; round++) {
            for (String word : words) {
                char[] chars = (" " + word + " ").toCharArray();
                assertThat(memo.of(chars, 1, 1 + word.length())).containsExactly(word.toUpperCase());
            }
        }
        assertThat(computed.size()).isGreaterThan(words.size()); // 10 words, 4 slots
    }

    @Test
    void longWordsAreComputedEveryTime() {
        char[] word = "w".repeat(WordTerms.MAX_WORD_CHARS + 1).toCharArray();
        memo.of(word, 0, word.length);
        memo.of(word, 0, word.length);
        assertThat(computed).hasSize(2);
    }

    @Test
    void slotsMustBeAPowerOfTwo() {
        assertThatThrownBy(() -> new WordTerms(3, w -> new String[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
