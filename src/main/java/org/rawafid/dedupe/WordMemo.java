package org.rawafid.dedupe;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Remembers a pure function of one word (a stem, a root), so each distinct word of the news is
 * analysed once rather than in every item it appears in: news vocabulary is Zipfian, a few
 * thousand words make most of any text. Bounded: when {@code capacity} words are held, the next
 * new word starts an empty table (the frequent words come back at once); a word longer than
 * {@link #MAX_WORD_CHARS} (URLs, base64) is computed and never kept. Thread-safe; every answer
 * equals {@code function.apply(word)}, as the function must be pure.
 */
final class WordMemo {
    static final int MAX_WORD_CHARS = 40;

    private final int capacity;
    private final UnaryOperator<String> function;
    private volatile ConcurrentHashMap<String, String> table = new ConcurrentHashMap<>();

    WordMemo(int capacity, UnaryOperator<String> function) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.function = Objects.requireNonNull(function, "function");
    }

    /** {@code function.apply(word)}, from the table when this word was seen since it was last emptied. */
    String apply(String word) {
        ConcurrentHashMap<String, String> current = table;
        String known = current.get(word);
        if (known != null) {
            return known;
        }
        String value = Objects.requireNonNull(function.apply(word), "function result");
        if (word.length() <= MAX_WORD_CHARS) {
            if (current.size() >= capacity) {
                // Racing threads may each start a table; the losers' words are simply computed again.
                current = new ConcurrentHashMap<>();
                table = current;
            }
            current.put(word, value);
        }
        return value;
    }

    /** Words held now: at most the capacity, plus one per thread racing through a refill. */
    int size() {
        return table.size();
    }
}
