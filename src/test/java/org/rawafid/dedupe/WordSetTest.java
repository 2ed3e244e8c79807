package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class WordSetTest {
    private static final String CLITICS = "وفبكل";
    private static final String LETTERS = "وفبكلاسمنر";

    /** The set-of-strings count WordSet replaced, kept here as the reference. */
    /** The root a word is matched by, as WordSet defines it, or null. */
    private static String rootKey(String w) {
        String r = RootStemmer.root(w);
        if (java.util.Set.of("مصرع", "صرع", "قتل", "فا", "توف", "حتف", "حتفهم", "حتفه").contains(w)
                || java.util.Set.of("مصرع", "صرع", "قتل", "فا", "توف", "حتف", "حتفهم", "حتفه").contains(r)) {
            return "~death";
        }
        if (java.util.Set.of("اصب", "جرح", "مصب", "اصاب", "مصاب").contains(w)
                || java.util.Set.of("اصب", "جرح", "مصب", "اصاب", "مصاب").contains(r)) {
            return "~injury";
        }
        return r.length() == 3 && !r.equals(w) || w.length() == 3 && r.equals(w) ? r : null;
    }

    private static int referenceCount(List<String> a, List<String> b) {
        Set<String> left = new HashSet<>(a);
        Set<String> right = new HashSet<>(b);
        Set<String> tails = new HashSet<>();
        for (String w : right) {
            if (!w.isEmpty() && CLITICS.indexOf(w.charAt(0)) >= 0) {
                tails.add(w.substring(1));
            }
        }
        Set<String> roots = new HashSet<>();
        right.forEach(w -> roots.add(rootKey(w)));
        int common = 0;
        for (String t : left) {
            String stripped = t.length() >= 3 && CLITICS.indexOf(t.charAt(0)) >= 0 ? t.substring(1) : t;
            if (right.contains(t) || right.contains(stripped) || tails.contains(t)
                    || rootKey(t) != null && roots.contains(rootKey(t))) {
                common++;
            }
        }
        return common;
    }

    private static List<String> words(SplittableRandom random) {
        List<String> out = new ArrayList<>();
        for (int n = random.nextInt(0, 25); n > 0; n--) {
            StringBuilder w = new StringBuilder();
            for (int k = random.nextInt(1, 5); k > 0; k--) {
                w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            out.add(w.toString());
        }
        return out;
    }

    @Test
    void countsSharedWordsAsTheSetFormDid() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 50_000; round++) {
            List<String> a = words(random);
            List<String> b = random.nextBoolean() ? words(random) : mutate(a, random);
            assertThat(new WordSet(a).countSharedWith(new WordSet(b))).as("%s vs %s", a, b)
                    .isEqualTo(referenceCount(a, b));
            assertThat(new WordSet(a).size()).isEqualTo(new HashSet<>(a).size());
            assertThat(new WordSet(a).sharedAtMost(new WordSet(b))).isGreaterThanOrEqualTo(referenceCount(a, b));
        }
    }

    /** {@link WordSet#sharesAtLeast}, which stops counting early, answers exactly as the whole count. */
    @Test
    void sharesAtLeastAnswersAsTheWholeCount() {
        SplittableRandom random = new SplittableRandom(9);
        long[] held = new long[2 * WordSet.SIGNATURE_LONGS];
        for (int round = 0; round < 20_000; round++) {
            List<String> a = words(random);
            List<String> b = random.nextBoolean() ? words(random) : mutate(a, random);
            WordSet left = new WordSet(a);
            new WordSet(b).copySignature(held, WordSet.SIGNATURE_LONGS);
            int count = left.sharedAtMost(held, WordSet.SIGNATURE_LONGS);
            for (int needed = -1; needed <= left.size() + 1; needed++) {
                assertThat(left.sharesAtLeast(held, WordSet.SIGNATURE_LONGS, needed)).as("%s vs %s, %d", a, b, needed)
                        .isEqualTo(count >= needed);
            }
        }
    }

    /**
     * Sets of every size sort their words by hash, through the insertion sort (up to 64 words) and
     * the pair sort beyond it alike: each word once, in hash order, and counted as the set form
     * counts, also between a small and a large set.
     */
    @Test
    void setsOfEverySizeHoldTheirWordsInHashOrder() {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 3_000; round++) {
            List<String> a = manyWords(random, random.nextInt(0, 200));
            List<String> b = random.nextBoolean() ? manyWords(random, random.nextInt(0, 200)) : mutate(a, random);
            WordSet set = new WordSet(a);
            List<String> held = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                held.add(set.word(i));
            }
            assertThat(held).as("%s", a).containsExactlyInAnyOrderElementsOf(new HashSet<>(a));
            for (int i = 1; i < held.size(); i++) {
                assertThat(WordSet.hash(held.get(i - 1), 0)).as("%s", held).isLessThanOrEqualTo(WordSet.hash(held.get(i), 0));
            }
            assertThat(set.countSharedWith(new WordSet(b))).as("%s vs %s", a, b).isEqualTo(referenceCount(a, b));
        }
    }

    private static List<String> manyWords(SplittableRandom random, int n) {
        List<String> out = new ArrayList<>();
        for (; n > 0; n--) {
            StringBuilder w = new StringBuilder();
            for (int k = random.nextInt(1, 7); k > 0; k--) {
                w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            out.add(w.toString());
        }
        return out;
    }

    /** Mostly the same words, some with a clitic letter added or dropped: the cases the count is about. */
    private static List<String> mutate(List<String> a, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        for (String w : a) {
            int r = random.nextInt(4);
            out.add(r == 0 ? CLITICS.charAt(random.nextInt(CLITICS.length())) + w
                    : r == 1 && w.length() > 1 ? w.substring(1) : w);
        }
        return out;
    }

    @Test
    void sameStoryScoreAgreesWithCompare() {
        Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
        StoryMatcher matcher = new StoryMatcher(fingerprinter);
        String[] vocabulary = {"بوتين", "يستقبل", "علييف", "باشينيان", "في", "الكرملين", "موسكو", "زلزال", "بقوة",
            "5.2", "4.1", "درجات", "يضرب", "تركيا", "ارتفاع", "انخفاض", "سعر", "الدولار", "والرئيس", "وبوتين",
            "لموسكو", "ينفي", "يؤكد", "مقتل", "ثلاثة", "3", "غزة", "مفاوضات", "القاهرة", "الأحد"};
        SplittableRandom random = new SplittableRandom(6);
        for (int round = 0; round < 5_000; round++) {
            Fingerprint a = fingerprinter.fingerprint(new Text(sentence(vocabulary, random), sentence(vocabulary, random)));
            Fingerprint b = fingerprinter.fingerprint(new Text(sentence(vocabulary, random), ""));
            Comparison c = matcher.compare(a, b);
            assertThat(matcher.sameStoryScore(a, b)).isEqualTo(c.sameStory() ? c.score() : -1);
        }
    }

    private static String sentence(String[] vocabulary, SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(0, 14); n > 0; n--) {
            s.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return s.toString();
    }
}
