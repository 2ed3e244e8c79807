package org.rawafid.search;

import org.rawafid.dedupe.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one function from text to index terms, used for the index and for every query word alike:
 * {@link ArabicNormalizer#searchTerms}, with a decimal point split into two numbers (FTS5's
 * tokenizer and PostgreSQL's would disagree on "3.5"; split, both see "3" "5") and absurdly long
 * "words" (base64, URLs glued together) left out, as PostgreSQL refuses lexemes over 2 kB.
 * Immutable and thread-safe.
 */
final class Terms {
    static final int MAX_TERM_CHARS = 60;

    private final ArabicNormalizer normalizer;

    Terms(ArabicNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    /**
     * {@link ArabicNormalizer#searchTerms}, each word's stem remembered by the normaliser
     * ({@link ArabicNormalizer#searchStem}). The words are cut out in one pass (what
     * {@code split(" ")} gave, empty words skipped as before).
     */
    List<String> of(String text) {
        List<String> out = new ArrayList<>();
        each(text, (term, from, to) -> out.add(term.substring(from, to)));
        return out;
    }

    /**
     * {@code String.join(" ", of(text))} (SQLite's stored form), built directly: no list of terms,
     * no split of a stem with a decimal point, no join.
     */
    String joined(String text) {
        StringBuilder out = new StringBuilder(text.length());
        each(text, (term, from, to) -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(term, from, to);
        });
        return out.toString();
    }

    /** Receives each term of a text: {@code term.substring(from, to)}, passed without the copy. */
    private interface TermSink {
        void accept(String term, int from, int to);
    }

    /**
     * The terms of {@code text} in order: each word of the normalised text stemmed, a stem with a
     * decimal point split there, empty parts and parts over {@value #MAX_TERM_CHARS} chars left out.
     */
    private void each(String text, TermSink sink) {
        String normalized = normalizer.normalize(text);
        int n = normalized.length();
        for (int start = 0; start < n; ) {
            int end = normalized.indexOf(' ', start);
            end = end < 0 ? n : end;
            if (end > start) {
                String term = normalizer.searchStem(normalized.substring(start, end));
                for (int from = 0; from <= term.length(); ) {
                    int dot = term.indexOf('.', from);
                    int to = dot < 0 ? term.length() : dot;
                    if (to > from && to - from <= MAX_TERM_CHARS) {
                        sink.accept(term, from, to);
                    }
                    from = to + 1;
                }
            }
            start = end + 1;
        }
    }

    /** The search stem of one word as it appears in a page, or "" (for marking matched words). */
    String stemOfWord(String word) {
        List<String> terms = of(word);
        return terms.size() == 1 ? terms.get(0) : "";
    }
}
