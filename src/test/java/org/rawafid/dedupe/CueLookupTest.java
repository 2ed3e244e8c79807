package org.rawafid.dedupe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Cue#of} and {@link Cue#matchMask} (one lookup per clitic-stripped form) against
 * {@link Cue#ofByScan} and {@link Cue#matches} (every cue asked in turn, as first written): equal
 * on every ANS headline, on every cue word with every clitic and ending, and on random words.
 */
class CueLookupTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private static final String[] PREFIXES = {"", "وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"};
    private static final String[] SUFFIXES = {"", "هما", "هم", "ها", "ه"};

    private static Set<Cue> byScan(String word) {
        Set<Cue> out = EnumSet.noneOf(Cue.class);
        for (Cue cue : Cue.values()) {
            if (cue.matches(word)) {
                out.add(cue);
            }
        }
        return out;
    }

    private static Set<Cue> byMask(String word) {
        Set<Cue> out = EnumSet.noneOf(Cue.class);
        long mask = Cue.matchMask(word);
        for (Cue cue : Cue.values()) {
            if ((mask & 1L << cue.ordinal()) != 0) {
                out.add(cue);
            }
        }
        return out;
    }

    @Test
    void maskEqualsEveryCueAskedInTurnOnCueWordsWithCliticsAndEndings() throws Exception {
        List<String> words = new ArrayList<>();
        for (Cue cue : Cue.values()) {
            var field = Cue.class.getDeclaredField("words");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Set<String> own = (Set<String>) field.get(cue);
            for (String w : own) {
                for (String p : PREFIXES) {
                    for (String s : SUFFIXES) {
                        words.add(p + w + s);
                        words.add(p + w.substring(1) + s);
                        words.add(p + w.substring(0, w.length() - 1) + s);
                    }
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(10_000);
        for (String w : words) {
            assertThat(byMask(w)).as(w).isEqualTo(byScan(w));
        }
    }

    @Test
    void ofEqualsOfByScanOnEveryAnsHeadline() throws IOException {
        int titles = 0;
        for (String split : List.of("train", "dev")) {
            for (AnsPairs pair : AnsPairs.load(split)) {
                for (String title : List.of(pair.s1(), pair.s2())) {
                    String normalized = NumberWords.digits(normalizer.normalize(title));
                    assertThat(Cue.of(normalized)).as(title).isEqualTo(Cue.ofByScan(normalized));
                    titles++;
                }
            }
        }
        assertThat(titles).isGreaterThan(1_000);
    }

    @Test
    void ofEqualsOfByScanOnRandomWords() {
        String alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءى0123456789";
        String[] pieces = {"لا", "ما", "يزال", "غير", "الغير", "ال", "دون", "قتلي", "بلا", "ضحايا", "و", "ب", "ه", "ها",
            "ارتفاع", "تراجع", "يستقر", "يخسر", "فوز", "استقاله", "هما", "هم", "فال", "لل"};
        Random random = new Random(14);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(6);
            for (int i = 0; i < words; i++) {
                text.append(i == 0 ? "" : " ");
                int parts = 1 + random.nextInt(3);
                for (int j = 0; j < parts; j++) {
                    if (random.nextBoolean()) {
                        text.append(pieces[random.nextInt(pieces.length)]);
                    } else {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            String s = text.toString();
            assertThat(Cue.of(s)).as("[%s]", s).isEqualTo(Cue.ofByScan(s));
        }
    }

    @Test
    void numberTestEqualsItsRegex() {
        String alphabet = "0123456789.٠١a ,-";
        Random random = new Random(14);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(Fingerprinter.isNumber(s)).as("[%s]", s).isEqualTo(Fingerprinter.NUMBER.matcher(s).matches());
        }
    }
}
