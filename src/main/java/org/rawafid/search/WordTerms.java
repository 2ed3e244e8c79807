package org.rawafid.search;

import java.util.Arrays;
import java.util.function.Function;

/**
 * One thread's memo of a word's terms, looked up by the word's chars in the normalised text, so
 * that a word seen before costs no string (issue 16: an article has ~500 words, nearly all seen
 * before). Direct-mapped: a word takes its slot from the one there, so the table never grows and
 * needs no eviction. The terms come from {@code compute} on a miss; as it is a pure function of
 * the word (the normaliser's search stem, cut at decimal points), every answer equals
 * {@code compute.apply(word)}. Words longer than {@value #MAX_WORD_CHARS} chars are not kept.
 * Not thread-safe: one per thread.
 */
final class WordTerms {
    static final int MAX_WORD_CHARS = 40;

    private final int mask;
    private final char[][] words;
    private final String[][] terms;
    private final Function<String, String[]> compute;

    /** A memo of {@code slots} (a power of two) words. */
    WordTerms(int slots, Function<String, String[]> compute) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots: must be a power of two, was " + slots);
        }
        this.mask = slots - 1;
        this.words = new char[slots][];
        this.terms = new String[slots][];
        this.compute = compute;
    }

    /** The terms of the word {@code chars[from, to)}: {@code compute.apply(new String(chars, from, to - from))}. */
    String[] of(char[] chars, int from, int to) {
        int length = to - from;
        if (length > MAX_WORD_CHARS) {
            return compute.apply(new String(chars, from, length));
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 16)) & mask;
        char[] word = words[slot];
        if (word != null && Arrays.equals(word, 0, word.length, chars, from, to)) {
            return terms[slot];
        }
        String[] found = compute.apply(new String(chars, from, length));
        words[slot] = Arrays.copyOfRange(chars, from, to);
        terms[slot] = found;
        return found;
    }
}
