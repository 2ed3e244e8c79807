package org.rawafid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rawafid.model.Item;

/**
 * {@link ItemRepository#contentHash} (fields fed to the digest one by one) against the hash of the
 * joined string it replaced: stored hashes decide "unchanged", so they must not move.
 */
class ContentHashTest {
    private static final String ALPHABET = "abcXYZ019 :\t\n\u0000<>&\"ابتةىأإآءًّـ٠٩\u00A0\u200F\uD83D\uDE00\uD800\uDC00\uDBFFé";

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
    void equalsTheHashOfTheJoinedFieldsOnRandomItems() {
        Random random = new Random(14);
        for (int round = 0; round < 20_000; round++) {
            List<String> categories = random.nextBoolean() ? List.of()
                    : List.of(String.valueOf(text(random, 6)), String.valueOf(text(random, 6)));
            Item item = new Item("s", "k", text(random, 8), text(random, 30), text(random, 30), String.valueOf(text(random, 40)),
                    String.valueOf(text(random, 300)), String.valueOf(text(random, 100)), text(random, 10),
                    text(random, 20), categories, Instant.EPOCH, Instant.EPOCH);
            assertThat(ItemRepository.contentHash(item)).isEqualTo(ItemRepository.contentHashOfJoined(item));
        }
    }

    @Test
    void knownValueOfAFixedItemIsUnchanged() {
        Item item = new Item("s", "k", "g", "https://e.org/1", "https://e.org/1", "عنوان", "<p>نص</p>", "ملخص",
                null, null, List.of("سياسة", "اقتصاد"), Instant.EPOCH, Instant.EPOCH);
        // sha256 of "عنوان\0https://e.org/1\0<p>نص</p>\0ملخص\0null\0null\0سياسة\tاقتصاد" in UTF-8
        assertThat(ItemRepository.contentHash(item))
                .isEqualTo("139ef3e0b7db9e607a13d5ca7faaf3ed71e7b45b057020907faf603f12c5b39b");
    }
}
