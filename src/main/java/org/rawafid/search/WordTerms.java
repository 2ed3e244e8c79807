package org.rawafid.search;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A memo of a word's terms, looked up by the word's chars in the normalised text, so that a word
 * seen before costs no string (issue 16: an article has ~500 words, nearly all seen before).
 * Direct-mapped: a word takes its slot from the one there, so the table never grows and needs no
 * eviction. The terms come from {@code compute} on a miss; as it is a pure function of the word
 * (the normaliser's search stem, cut at decimal points), every answer equals
 * {@code compute.apply(word)}. Words longer than {@value #MAX_WORD_CHARS} chars are not kept.
 *
 * <p>Thread-safe without locks: a slot holds an immutable {@link Entry} (final fields, so a thread
 * that reads the reference sees its chars), and threads racing on a slot each leave a correct one.
 * One table for all fetch threads (64 in a server): the per-thread tables tried first would have
 * held 64 copies of the same words.
 */
final class WordTerms {
    static final int MAX_WORD_CHARS = 40;

    private final int mask;
    private final Entry[] slots;
    private final Function<String, String[]> compute;

    /** A memo of {@code slots} (a power of two) words. */
    WordTerms(int slots, Function<String, String[]> compute) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots: must be a power of two, was " + slots);
        }
        this.mask = slots - 1;
        this.slots = new Entry[slots];
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
        Entry known = slots[slot];
        if (known != null && Arrays.equals(known.word, 0, known.word.length, chars, from, to)) {
            return known.terms;
        }
        String[] found = compute.apply(new String(chars, from, length));
        slots[slot] = new Entry(Arrays.copyOfRange(chars, from, to), found);
        return found;
    }

    /** A word and its terms; never changed (the terms array is not written after compute returns it). */
    private record Entry(char[] word, String[] terms) {
    }
}
