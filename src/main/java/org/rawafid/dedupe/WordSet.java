package org.rawafid.dedupe;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The distinct stemmed words of a {@link Fingerprint}, laid out for {@link StoryMatcher#score}:
 * words sorted by a 64-bit hash in parallel arrays, so a membership test is a binary search over
 * a few hundred contiguous bytes plus one string comparison on a hash hit. The set-of-strings
 * form it replaces chased a pointer per probe, and scoring up to 50 candidates per new item was
 * the biggest cost inside the write lock (JFR, bench ingest). Answers are exact: a hash hit is
 * confirmed on the characters.
 *
 * <p>Also holds the clitic tails ({@link StoryMatcher#cliticTails}) the same way. Immutable.
 */
public final class WordSet {
    static final WordSet EMPTY = new WordSet(Set.of());
    private static final String CLITICS = "وفبكل";
    /**
     * Words of different roots that outlets use for one fact in casualty reports (مصرع، مقتل،
     * وفاة، لقي حتفه; إصابة، جرحى), by stem or root: matched like one root. Kept to these two
     * classes: the words are frequent, their meaning within a report is fixed.
     */
    private static final java.util.Map<String, String> SAME_MEANING = java.util.Map.ofEntries(
            java.util.Map.entry("مصرع", "~death"), java.util.Map.entry("صرع", "~death"),
            java.util.Map.entry("قتل", "~death"), java.util.Map.entry("فا", "~death"),
            java.util.Map.entry("توف", "~death"), java.util.Map.entry("حتف", "~death"),
            java.util.Map.entry("حتفهم", "~death"), java.util.Map.entry("حتفه", "~death"),
            java.util.Map.entry("اصب", "~injury"), java.util.Map.entry("جرح", "~injury"),
            java.util.Map.entry("مصب", "~injury"), java.util.Map.entry("اصاب", "~injury"),
            java.util.Map.entry("مصاب", "~injury"));
    private static final long ROOT_SALT = 0x526f6f7453616c74L;
    static final int SIGNATURE_LONGS = 16; // 1,024 bits: ~7 % set for 60 words and their tails
    /** Past this many words a set is sorted as pairs by {@link Arrays#sort}; a fingerprint's hold at most 60. */
    private static final int INSERTION_SORT_MAX = 64;
    private static final java.util.Comparator<Slot> BY_HASH = (a, b) -> Long.compare(a.hash, b.hash);

    private final String[] words;
    private final long[] hashes;
    /** Hash of the word without its clitic letter, or 0 when {@link #hasClitic} is false. */
    private final long[] strippedHashes;
    private final boolean[] hasClitic;
    private final String[] tails;
    private final long[] tailHashes;
    /** Root of word i ({@link RootStemmer}), parallel to {@code words}; its hash (0: no root). */
    private final String[] rootOf;
    private final long[] rootHashOf;
    /** The distinct roots, sorted by hash, for lookups from the other side. */
    private final String[] roots;
    private final long[] rootHashes;
    /** One bit per word and per tail (from its hash): a Bloom-style filter for {@link #sharedAtMost}. */
    private final long[] signature = new long[SIGNATURE_LONGS];

    /**
     * Each step is its own small method, called once per set: one loop per method, so the JIT
     * compiles each once, whole, instead of the one long constructor again at each hot loop (on-stack
     * replacement: four C2 compilations of up to 0.8 s each in a cold {@code bench ingest}).
     */
    WordSet(Collection<String> tokens) {
        Set<String> distinct = new LinkedHashSet<>(tokens);
        int n = distinct.size();
        words = new String[n];
        hashes = new long[n];
        sortedByHash(distinct, 0, words, hashes);
        strippedHashes = new long[n];
        hasClitic = new boolean[n];
        Set<String> tailSet = clitics(words, hasClitic, strippedHashes);
        rootOf = new String[n];
        rootHashOf = new long[n];
        Set<String> rootSet = roots(words, rootOf, rootHashOf);
        roots = new String[rootSet.size()];
        rootHashes = new long[rootSet.size()];
        sortedByHash(rootSet, ROOT_SALT, roots, rootHashes);
        tails = new String[tailSet.size()];
        tailHashes = new long[tailSet.size()];
        sortedByHash(tailSet, 0, tails, tailHashes);
        markAll(rootHashes);
        markAll(tailHashes);
        markAll(hashes);
    }

    /**
     * Fills {@code words} and {@code hashes} with {@code distinct} and their hashes (salted), sorted by
     * hash; equal hashes keep the set's order. An insertion sort on the two arrays: no pair objects,
     * and not {@code TimSort}, whose compiled code every sort with another comparator invalidates
     * (ten C2 compilations of its merges in a cold {@code bench ingest}, most of them for these sets).
     */
    private static void sortedByHash(Set<String> distinct, long salt, String[] words, long[] hashes) {
        int n = 0;
        for (String w : distinct) {
            words[n] = w;
            hashes[n] = hash(w, 0) ^ salt;
            n++;
        }
        if (n > INSERTION_SORT_MAX) {
            Slot[] slots = new Slot[n];
            for (int i = 0; i < n; i++) {
                slots[i] = new Slot(words[i], hashes[i]);
            }
            Arrays.sort(slots, BY_HASH);
            for (int i = 0; i < n; i++) {
                words[i] = slots[i].word;
                hashes[i] = slots[i].hash;
            }
            return;
        }
        for (int i = 1; i < n; i++) {
            long h = hashes[i];
            String w = words[i];
            int j = i - 1;
            for (; j >= 0 && hashes[j] > h; j--) {
                hashes[j + 1] = hashes[j];
                words[j + 1] = words[j];
            }
            hashes[j + 1] = h;
            words[j + 1] = w;
        }
    }

    /** Fills {@code hasClitic} and {@code strippedHashes}; returns the clitic tails, in word order. */
    private static Set<String> clitics(String[] words, boolean[] hasClitic, long[] strippedHashes) {
        Set<String> tailSet = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean clitic = !w.isEmpty() && CLITICS.indexOf(w.charAt(0)) >= 0;
            if (clitic && w.length() >= 3) {
                hasClitic[i] = true;
                strippedHashes[i] = hash(w, 1);
            }
            if (clitic) {
                tailSet.add(w.substring(1));
            }
        }
        return tailSet;
    }

    /** Fills {@code rootOf} and {@code rootHashOf}; returns the distinct roots, in word order. */
    private static Set<String> roots(String[] words, String[] rootOf, long[] rootHashOf) {
        Set<String> rootSet = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            String r = RootStemmer.root(words[i]);
            String same = SAME_MEANING.getOrDefault(words[i], SAME_MEANING.get(r));
            if (same != null) {
                r = same;
            }
            if (same != null || r.length() == 3 && !r.equals(words[i]) || words[i].length() == 3 && r.equals(words[i])) {
                rootOf[i] = r;
                rootHashOf[i] = hash(r, 0) ^ ROOT_SALT;
                rootSet.add(r);
            }
        }
        return rootSet;
    }

    private void markAll(long[] hashes) {
        for (long h : hashes) {
            mark(h);
        }
    }

    private void mark(long hash) {
        int bit = (int) (hash >>> 54);
        signature[bit >>> 6] |= 1L << bit;
    }

    private static boolean marked(long[] signature, int offset, long hash) {
        int bit = (int) (hash >>> 54);
        return (signature[offset + (bit >>> 6)] & 1L << bit) != 0;
    }

    /**
     * Copies this set's signature ({@link #SIGNATURE_LONGS} longs) into {@code into} at {@code offset}:
     * with {@link #size}, all {@link #sharedAtMost(long[], int)} needs of this set as the right side.
     */
    void copySignature(long[] into, int offset) {
        System.arraycopy(signature, 0, into, offset, SIGNATURE_LONGS);
    }

    private record Slot(String word, long hash) {
    }

    int size() {
        return words.length;
    }

    /**
     * How many of these words the other set has, directly, without this word's clitic letter
     * (three letters or more), or as one of its clitic tails — {@link StoryMatcher#score}'s count.
     */
    int countSharedWith(WordSet right) {
        int common = 0;
        for (int i = 0; i < words.length; i++) {
            if (isShared(i, right)) {
                common++;
            }
        }
        return common;
    }

    /**
     * Whether word {@code i} (in this set's order, see {@link #word}) is shared with {@code right}:
     * directly, without or with a clitic letter, or through its root ({@link RootStemmer}:
     * حكومي and الحكومه, قرار and تقرر).
     */
    boolean isShared(int i, WordSet right) {
        String w = words[i];
        return contains(right.hashes, right.words, hashes[i], w, 0)
                || hasClitic[i] && contains(right.hashes, right.words, strippedHashes[i], w, 1)
                || contains(right.tailHashes, right.tails, hashes[i], w, 0)
                || rootOf[i] != null && contains(right.rootHashes, right.roots, rootHashOf[i], rootOf[i], 0);
    }

    /** Word {@code i} of this set (order: by hash). */
    String word(int i) {
        return words[i];
    }

    /**
     * An upper bound on {@link #countSharedWith}: the words whose hash, or whose hash without the
     * clitic letter, has its bit in the other set's signature (every word and tail there set one).
     * A few bit tests per word; most candidates of a busy window are ruled out with it alone.
     */
    int sharedAtMost(WordSet right) {
        return sharedAtMost(right.signature, 0);
    }

    /** {@link #sharedAtMost(WordSet)} against a set's signature copied by {@link #copySignature}. */
    int sharedAtMost(long[] sig, int offset) {
        int n = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (marked(sig, offset, hashes[i]) || hasClitic[i] && marked(sig, offset, strippedHashes[i])
                    || rootOf[i] != null && marked(sig, offset, rootHashOf[i])) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether {@link #sharedAtMost(long[], int)} is at least {@code needed}, stopping as soon as
     * that is known: at the {@code needed}-th word marked, or when too few words are left to get
     * there (most candidates of {@link StoryIndex} are dropped this way, inside its write lock).
     */
    boolean sharesAtLeast(long[] sig, int offset, int needed) {
        if (needed <= 0) {
            return true;
        }
        int n = 0;
        int length = hashes.length;
        for (int i = 0; i < length; i++) {
            if (marked(sig, offset, hashes[i]) || hasClitic[i] && marked(sig, offset, strippedHashes[i])
                    || rootOf[i] != null && marked(sig, offset, rootHashOf[i])) {
                if (++n >= needed) {
                    return true;
                }
            } else if (n + length - 1 - i < needed) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code word.substring(from)} is among {@code words} (sorted by {@code hashes}). */
    private static boolean contains(long[] hashes, String[] words, long hash, String word, int from) {
        int at = Arrays.binarySearch(hashes, hash);
        if (at < 0) {
            return false;
        }
        while (at > 0 && hashes[at - 1] == hash) {
            at--;
        }
        int length = word.length() - from;
        for (; at < hashes.length && hashes[at] == hash; at++) {
            String candidate = words[at];
            if (candidate.length() == length && word.regionMatches(from, candidate, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * FNV-1a over the UTF-16 units from {@code from}, then SplitMix64's finaliser: stable across
     * JVMs, unlike {@code String.hashCode}. Also {@link Fingerprinter}'s shingle hash, so the
     * stored signatures are made of it: changing it changes every stored item's bands.
     */
    static long hash(String s, int from) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /**
     * SplitMix64's finaliser: every bit of {@code z} moves every bit of the result. Also the mixing
     * of {@link Fingerprinter}'s MinHash and bands (stored, like {@link #hash}) and of
     * {@link StoryWindow}'s band table positions.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
