package org.rawafid.search;

import org.rawafid.dedupe.ArabicNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the words of a text that a query matched, for {@code <mark>} in the search page: each word
 * (a run of letters, digits and the marks and tatweel inside Arabic words) whose search stem is
 * one of the query's. One linear scan. Immutable and thread-safe.
 */
public final class Highlighter {
    private final Terms terms;

    public Highlighter(ArabicNormalizer normalizer) {
        this.terms = new Terms(Objects.requireNonNull(normalizer, "normalizer"));
    }

    /** A piece of the text, and whether to mark it. */
    public record Part(String text, boolean marked) {
    }

    /** {@code text} cut into parts that, joined, give it back; matched words are marked parts. */
    public List<Part> parts(String text, Query query) {
        Objects.requireNonNull(text, "text");
        Set<String> wanted = query.markedStems();
        List<Part> out = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isWordChar(text.charAt(end))) {
                end++;
            }
            if (wanted.contains(terms.stemOfWord(text.substring(i, end)))) {
                if (plainFrom < i) {
                    out.add(new Part(text.substring(plainFrom, i), false));
                }
                out.add(new Part(text.substring(i, end), true));
                plainFrom = end;
            }
            i = end;
        }
        if (plainFrom < n) {
            out.add(new Part(text.substring(plainFrom), false));
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.FORMAT;
    }
}
