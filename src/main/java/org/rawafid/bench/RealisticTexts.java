package org.rawafid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code bench ingest --realistic} (issue 14): items whose words follow a Zipf law over the distinct words of
 * real Arabic headlines (the ANS pairs), and about a quarter of which retell a story another feed published
 * up to six hours earlier — the same names, number and place, other words around them — so story matching
 * does real merges and meets a realistic vocabulary instead of the synthetic corpus's ~200 words.
 *
 * <p>Deterministic: every item's facts come from a random stream of its own (seed, feed, item), so a
 * retelling can recompute the original's facts without generating it first.
 */
final class RealisticTexts implements CorpusGenerator.ItemTexts {
    /** Share of items that retell another feed's story. */
    static final double RETELLING = 0.25;
    private static final OffsetDateTime T0 = OffsetDateTime.of(2024, 5, 3, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> LINKERS = List.of("في", "من", "إلى", "على", "عن", "مع", "بعد", "خلال", "حول");

    private final long seed;
    private final int feeds;
    private final int items;
    private final String[] words;
    private final double[] cumulative;
    /** Words seen once in the source text: the "key names" a story is told with. */
    private final String[] rare;

    /** One story's facts, the part every retelling keeps. */
    private record Facts(String verb, String name1, String name2, String place, int number, int minutesBeforeT0,
                         long core) {
    }

    /**
     * Who tells what: the facts, whether this is a retelling, the item's own random stream, and the story
     * told: "feed:item" of the item whose facts these are (the item's own unless it retells one).
     */
    private record Telling(Facts facts, boolean retold, Random words, int minutesBeforeT0, String story) {
    }

    RealisticTexts(long seed, int feeds, int items, Map<String, Integer> counts) {
        if (counts.size() < 100) {
            throw new IllegalArgumentException("bench: a realistic corpus needs at least 100 distinct words, got "
                    + counts.size());
        }
        this.seed = seed;
        this.feeds = feeds;
        this.items = items;
        this.words = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toArray(String[]::new);
        this.cumulative = new double[words.length];
        double sum = 0;
        for (int k = 0; k < words.length; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        this.rare = counts.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).sorted()
                .toArray(String[]::new);
    }

    /** Word counts of every CSV under {@code dir} (the ANS train and dev pairs), Arabic words only. */
    static Map<String, Integer> countWords(Path dir) {
        Map<String, Integer> counts = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                for (String token : Files.readString(f, StandardCharsets.UTF_8).split("[\\s,.،؛:!?\"'()\\[\\]«»-]+")) {
                    if (token.length() >= 2 && token.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)) {
                        counts.merge(token, 1, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bench: cannot read the word list folder " + dir
                    + " (give --words DIR with the ANS CSV files)", e);
        }
        return counts;
    }

    /** A word drawn with probability proportional to 1 / rank. */
    String zipf(Random r) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return words[Math.min(words.length - 1, i >= 0 ? i : -i - 1)];
    }

    private Facts facts(int feed, int item) {
        Random f = new Random(seed * 1_000_003L + feed * 7_919L + item * 104_729L + 17);
        String name1 = rare[f.nextInt(rare.length)];
        String name2 = rare[f.nextInt(rare.length)];
        return new Facts(Vocabulary.pick(f, Vocabulary.VERBS), name1, name2, Vocabulary.pick(f, Vocabulary.CITIES),
                f.nextInt(2, 500), item * 150 + f.nextInt(0, 60), f.nextLong());
    }

    private Telling telling(int feed, int item) {
        Random r = new Random(seed * 2_000_003L + feed * 6_151L + item * 92_821L + 29);
        if (feeds > 1 && r.nextDouble() < RETELLING) {
            int other = (feed - 1 + r.nextInt(1, feeds)) % feeds + 1;
            int told = r.nextInt(items);
            Facts original = facts(other, told);
            return new Telling(original, true, r, original.minutesBeforeT0() - r.nextInt(1, 361), other + ":" + told);
        }
        Facts own = facts(feed, item);
        return new Telling(own, false, r, own.minutesBeforeT0(), feed + ":" + item);
    }

    /**
     * The story item {@code item} of feed {@code feed} tells, as "feed:item" of the item whose facts it
     * keeps: its own, or the one it retells. Two items are reports of one story exactly when these are
     * equal — the truth story matching is scored against ({@code bench/Assign.java … realistic}).
     */
    String storyOf(int feed, int item) {
        return telling(feed, item).story();
    }

    @Override
    public OffsetDateTime published(Random r, int feed, int item, OffsetDateTime previous) {
        return T0.minusMinutes(telling(feed, item).minutesBeforeT0());
    }

    @Override
    public String title(Random r, int feed, int item) {
        Telling t = telling(feed, item);
        Facts f = t.facts();
        Random core = new Random(f.core());
        Random w = new Random(seed + feed * 31L + item * 131L + (t.retold() ? 7 : 0));
        // The original and a retelling share the facts and the story's core words; a retelling rewords the rest.
        return String.join(" ", f.verb(), f.name1(), f.name2(), pick(w, LINKERS), f.place(),
                Integer.toString(f.number()), zipf(core), zipf(w));
    }

    @Override
    public String summary(Random r, int feed, int item) {
        Telling t = telling(feed, item);
        Facts f = t.facts();
        Random core = new Random(f.core() + 1);
        Random w = new Random(seed + feed * 37L + item * 137L + (t.retold() ? 11 : 0));
        return f.place() + " - " + f.verb() + " " + f.name1() + " " + f.name2() + " " + sentence(core, 8) + " "
                + f.number() + " " + sentence(w, 4) + ".";
    }

    @Override
    public String body(Random r, String base, int feed, int item) {
        Telling t = telling(feed, item);
        Random core = new Random(t.facts().core() + 2);
        Random w = new Random(seed + feed * 41L + item * 139L + 3);
        // The lead paragraph and the one after it carry the story (a retelling keeps them); the rest is the
        // outlet's own.
        StringBuilder html = new StringBuilder("<p>").append(summary(r, feed, item)).append("</p>\n<p>")
                .append(sentence(core, 20)).append(".</p>\n<figure><img src=\"").append(base).append("/img/")
                .append(feed).append('/').append(item).append(".jpg\" alt=\"").append(sentence(w, 5))
                .append("\" width=\"640\" height=\"360\"><figcaption>").append(sentence(w, 9))
                .append("</figcaption></figure>");
        int target = w.nextInt(2000, 4001);
        while (html.length() * 2 < target) { // Arabic letters are two bytes in UTF-8
            html.append("\n<p>").append(sentence(w, w.nextInt(12, 30))).append(". ").append(sentence(w, 10))
                    .append(".</p>");
        }
        return html.toString();
    }

    private String sentence(Random w, int n) {
        List<String> s = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            s.add(zipf(w));
        }
        return String.join(" ", s);
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
