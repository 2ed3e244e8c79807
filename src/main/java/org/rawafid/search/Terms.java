package org.rawafid.search;

import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.NormalizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one function from text to index terms, used for the index and for every query word alike:
 * {@link ArabicNormalizer#searchTerms}, with a decimal point split into two numbers (FTS5's
 * tokenizer and PostgreSQL's would disagree on "3.5"; split, both see "3" "5") and absurdly long
 * "words" (base64, URLs glued together) left out, as PostgreSQL refuses lexemes over 2 kB.
 * Immutable and thread-safe.
 */
final class Terms {
    static final int MAX_TERM_CHARS = 60;
    /** Words whose terms are remembered: the frequent words of the news; about 1 MB when full. */
    private static final int REMEMBERED_WORDS = 16_384;
    /** An output buffer grown beyond this many chars is not kept for the next text. */
    private static final int KEPT_CHARS = 1 << 15;
    private static final String[] NONE = {};

    private final ArabicNormalizer normalizer;
    private final WordTerms words;
    /** Each thread's buffers (a few kB): an item's terms are computed on the fetch threads, in parallel. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    Terms(ArabicNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.words = new WordTerms(REMEMBERED_WORDS, this::termsOfWord);
    }

    /**
     * {@link ArabicNormalizer#searchTerms}, each word's stem remembered by the normaliser
     * ({@link ArabicNormalizer#searchStem}). The words are cut out in one pass (what
     * {@code split(" ")} gave, empty words skipped as before).
     */
    List<String> of(String text) {
        List<String> out = new ArrayList<>();
        each(text, scratch.get(), out::add);
        return out;
    }

    /**
     * {@code String.join(" ", of(text))} (SQLite's stored form), built directly: no list of terms,
     * no split of a stem with a decimal point, no join; the chars written into the thread's buffer
     * and copied once into the string.
     */
    String joined(String text) {
        Scratch own = scratch.get();
        own.length = 0;
        each(text, own, own::append);
        String joined = new String(own.out, 0, own.length);
        if (own.out.length > KEPT_CHARS) {
            own.out = new char[1024];
        }
        return joined;
    }

    /**
     * The terms of {@code text} in order: each word of the normalised text stemmed, a stem with a
     * decimal point split there, empty parts and parts over {@value #MAX_TERM_CHARS} chars left out.
     * The normalised text is written into the thread's buffer ({@link NormalizedText}) and each word
     * looked up there by its chars ({@link WordTerms}, shared by the threads); text the buffer declines takes
     * {@link ArabicNormalizer#normalize}.
     */
    private void each(String text, Scratch own, Consumer<String> sink) {
        Objects.requireNonNull(text, "text");
        char[] chars;
        int start;
        int end;
        if (own.normalized.set(text)) {
            chars = own.normalized.chars();
            start = own.normalized.start();
            end = own.normalized.end();
        } else {
            chars = normalizer.normalize(text).toCharArray();
            start = 0;
            end = chars.length;
        }
        for (int from = start; from < end; ) {
            int to = from;
            while (to < end && chars[to] != ' ') {
                to++;
            }
            if (to > from) {
                for (String term : words.of(chars, from, to)) {
                    sink.accept(term);
                }
            }
            from = to + 1;
        }
    }

    /** The terms of one normalised word: its search stem cut at each decimal point, empty and long parts left out. */
    private String[] termsOfWord(String word) {
        String stem = normalizer.searchStem(word);
        if (stem.indexOf('.') < 0) {
            return stem.isEmpty() || stem.length() > MAX_TERM_CHARS ? NONE : new String[]{stem};
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0; from <= stem.length(); ) {
            int dot = stem.indexOf('.', from);
            int to = dot < 0 ? stem.length() : dot;
            if (to > from && to - from <= MAX_TERM_CHARS) {
                parts.add(stem.substring(from, to));
            }
            from = to + 1;
        }
        return parts.toArray(NONE);
    }

    /** The search stem of one word as it appears in a page, or "" (for marking matched words). */
    String stemOfWord(String word) {
        List<String> terms = of(word);
        return terms.size() == 1 ? terms.get(0) : "";
    }

    /** One thread's normalised text and output buffer. */
    private static final class Scratch {
        final NormalizedText normalized = new NormalizedText();
        char[] out = new char[1024];
        int length;

        /** Appends a term, after a space unless it is the first. */
        void append(String term) {
            int needed = length + 1 + term.length();
            if (needed > out.length) {
                out = Arrays.copyOf(out, Math.max(needed, 2 * out.length));
            }
            if (length > 0) {
                out[length++] = ' ';
            }
            term.getChars(0, term.length(), out, length);
            length += term.length();
        }
    }
}
