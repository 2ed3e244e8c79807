package org.rawafid.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rawafid.model.ParsedItem;

/** {@link UnchangedItems#hash} (bytes fed field by field) against the string-building form it replaced. */
class UnchangedItemsHashTest {
    private static final String ALPHABET = "abcXYZ019 :\t\n\u0000<>&\"ابتةىأإآءًّـ٠٩\u00A0\u200F\uD83D\uDE00\uD800\uDC00é";

    private static String text(Random random, int max) {
        if (random.nextInt(8) == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(max);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void equalsTheConcatenatingHashOnRandomItems() {
        Random random = new Random(14);
        for (int round = 0; round < 20_000; round++) {
            ParsedItem p = new ParsedItem(text(random, 8), text(random, 30), text(random, 40), text(random, 300),
                    text(random, 100), text(random, 10), random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextInt()),
                    random.nextBoolean() ? null : Instant.ofEpochMilli(random.nextLong() >> 20),
                    random.nextBoolean() ? List.of() : List.of("سياسة", "a\tb"), text(random, 20), text(random, 20));
            String context = text(random, 50);
            assertThat(UnchangedItems.hash(p, context)).isEqualTo(UnchangedItems.hashByConcatenation(p, context));
        }
    }
}
