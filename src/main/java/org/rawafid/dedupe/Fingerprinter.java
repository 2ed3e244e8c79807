package org.rawafid.dedupe;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Turns a {@link Text} into a {@link Fingerprint}: MinHash over the distinct words
 * (unigram shingles) of its first {@value #MAX_TOKENS} stemmed tokens, cut into {@value #BANDS} bands
 * of {@value #ROWS} rows. Two texts whose shingle sets have Jaccard similarity J share a
 * band with probability 1 − (1 − J^ROWS)^BANDS: about 0.79 at J = 0.25, 0.14 at J = 0.08.
 *
 * <p>The hash seeds are fixed: band hashes are stored on each item row ({@code
 * item.story_signature}, see {@link #signature}) tagged with {@link #SIGNATURE_VERSION}; a
 * change to how bands are computed ({@link #BANDS}, {@link #ROWS}, the seeds, the tokens they
 * are taken over) must bump it, and stored rows of another version are recomputed from their
 * text when the story index loads them. Thread-safe.
 */
public final class Fingerprinter {
    /**
     * The version of the band hashes {@link #signature} encodes: 2 since bands hash root stems
     * ({@link RootStemmer}) instead of light stems. Stored signatures of another version are
     * recomputed from their text when the story index loads them; bump it when bands change.
     */
    public static final int SIGNATURE_VERSION = 2;
    public static final int MAX_TOKENS = 60;
    public static final int BANDS = 24;
    public static final int ROWS = 2;
    private static final long[] SEEDS = new SplittableRandom(0x5261776166696444L).longs(BANDS * ROWS).toArray();
    /** What {@link #isNumber} accepts, as the regex that defined it (kept for the test that compares them). */
    static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    /** Currency words after an amount, normalised, with the forms outlets use after numbers. */
    private static final Set<String> CURRENCIES = Set.of("دولار", "دولارا", "دولارات", "يورو", "جنيه", "جنيها",
            "جنيهات", "ريال", "ريالا", "ريالات", "درهم", "درهما", "دراهم", "دينار", "دينارا", "دنانير", "ليره", "ليرات",
            "روبل", "روبلا", "يوان", "ين", "استرليني", "فرنك", "تومان", "شيكل", "شيكلا", "اوقيه");

    private final ArabicNormalizer normalizer;
    private final Gazetteer gazetteer;

    public Fingerprinter(ArabicNormalizer normalizer) {
        this(normalizer, new Gazetteer(normalizer));
    }

    public Fingerprinter(ArabicNormalizer normalizer, Gazetteer gazetteer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public Fingerprint fingerprint(Text text) {
        return fingerprint(text, true);
    }

    /** The fingerprint without band hashes: enough for {@link StoryMatcher}, cheaper for stored candidates. */
    Fingerprint comparable(Text text) {
        return fingerprint(text, false);
    }

    private Fingerprint fingerprint(Text text, boolean withBands) {
        Objects.requireNonNull(text, "text");
        String joined = text.lead().isBlank() ? text.title() : text.title() + "\n" + text.lead();
        String written = normalizer.normalize(joined);
        String normalized = NumberWords.digits(written);
        List<String> tokens = normalizer.tokensOfNormalized(normalized);
        if (tokens.size() > MAX_TOKENS) {
            tokens = tokens.subList(0, MAX_TOKENS);
        }
        String title = NumberWords.digits(normalizer.normalize(text.title()));
        // Cues come from the title only: leads hedge ("دون أنباء عن إصابات") in ways titles don't.
        Set<Cue> cues = Cue.of(title);
        long[] bands = withBands ? bands(shingles(tokens)) : new long[0];
        return new Fingerprint(normalized, tokens, numbers(tokens), numbers(List.of(title.split(" "))), cues, bands,
                new WordSet(tokens), gazetteer.placeSet(written), amounts(normalized),
                Math.min(tokens.size(), normalizer.tokensOfNormalized(title).size()),
                Cue.marketDirections(title, this::marketOf));
    }

    /** The market one normalised word names ({@link MarketLexicon}), or null. */
    private String marketOf(String word) {
        Set<String> markets = MarketLexicon.standard().markets(normalizer.tokensOfNormalized(word));
        return markets.isEmpty() ? null : markets.iterator().next();
    }

    /** "2600 جنيه", "5 مليون دولار" → number + currency, the currency's clitics and case endings kept apart. */
    private static Set<String> amounts(String normalized) {
        Set<String> out = new HashSet<>();
        String[] words = normalized.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (isNumber(words[i]) && CURRENCIES.contains(words[i + 1])) {
                out.add(words[i] + " " + words[i + 1]);
            }
        }
        return out;
    }

    private static Set<String> numbers(List<String> words) {
        Set<String> numbers = new HashSet<>();
        for (String word : words) {
            if (isNumber(word)) {
                numbers.add(word);
            }
        }
        return numbers;
    }

    /**
     * Whether {@code word} is ASCII digits with at most one decimal point between digits: what
     * {@link #NUMBER} matches in full, by a char loop rather than a Matcher per word of every text.
     */
    static boolean isNumber(String word) {
        int n = word.length();
        int i = 0;
        while (i < n && isDigit(word.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (word.charAt(i) != '.' || i + 1 == n) {
            return false;
        }
        for (i++; i < n; i++) {
            if (!isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The band hashes as stored: {@link #BANDS} big-endian 64-bit values, or empty for none. */
    static byte[] signature(long[] bands) {
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(bands.length * Long.BYTES);
        for (long band : bands) {
            out.putLong(band);
        }
        return out.array();
    }

    /** The band hashes of a stored {@link #signature}. */
    static long[] bands(byte[] signature) {
        if (signature.length % Long.BYTES != 0) {
            throw new IllegalArgumentException("signature: not a whole number of bands: " + signature.length);
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(signature);
        long[] bands = new long[signature.length / Long.BYTES];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = in.getLong();
        }
        return bands;
    }

    /**
     * Single words: paraphrased headlines reorder words, so bigrams cost recall (ANS: 0.74 vs
     * 0.80). Each word as its root ({@link RootStemmer}): reports that derive their words
     * differently (إطلاق قمر صناعي إماراتي / الإمارات تطلق قمرا صناعيا) still share bands.
     */
    private static Set<Long> shingles(List<String> tokens) {
        Set<Long> out = new LinkedHashSet<>();
        for (String token : tokens) {
            out.add(WordSet.hash(RootStemmer.root(token), 0));
        }
        return out;
    }

    private static long[] bands(Set<Long> shingles) {
        if (shingles.isEmpty()) {
            return new long[0]; // nothing to say: never a candidate of anything
        }
        long[] minima = new long[SEEDS.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SEEDS.length; i++) {
                minima[i] = Math.min(minima[i], WordSet.mix(shingle ^ SEEDS[i]));
            }
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = WordSet.mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = WordSet.mix(h * 31 + minima[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }
}
