package org.rawafid.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A merged feed's {@code include}/{@code exclude} keyword phrases (SPEC §2). A phrase
 * matches when its words appear consecutively in the item's title or text, compared as
 * normalised stems, so {@code "إلهام علييف"} matches {@code "والهام علييف"} and
 * {@code "بوتين"} matches {@code "لبوتين"}. An excluded phrase wins over an included one;
 * no include phrases means every item is included. Immutable and thread-safe.
 */
public final class PhraseFilter {
    private final List<List<String>> include;
    private final List<List<String>> exclude;
    private final ArabicNormalizer normalizer;

    public PhraseFilter(List<String> include, List<String> exclude, ArabicNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.include = phrases(Objects.requireNonNull(include, "include"));
        this.exclude = phrases(Objects.requireNonNull(exclude, "exclude"));
    }

    public boolean accepts(String title, String text) {
        String all = Objects.requireNonNullElse(title, "") + "\n" + Objects.requireNonNullElse(text, "");
        List<String> stems = normalizer.tokens(all);
        List<String> words = words(all);
        if (exclude.stream().anyMatch(p -> contains(stems, words, p))) {
            return false;
        }
        return include.isEmpty() || include.stream().anyMatch(p -> contains(stems, words, p));
    }

    /**
     * Each phrase as stems; a phrase made only of stop words ("عاجل") keeps its plain
     * normalised words instead, marked by a leading null, so it can still match.
     */
    private List<List<String>> phrases(List<String> phrases) {
        return phrases.stream()
                .filter(p -> p != null && !normalizer.normalize(p).isEmpty())
                .map(p -> {
                    List<String> stems = normalizer.tokens(p);
                    if (!stems.isEmpty()) {
                        return stems;
                    }
                    List<String> marked = new ArrayList<>();
                    marked.add(null);
                    marked.addAll(words(p));
                    return marked;
                })
                .toList();
    }

    private List<String> words(String text) {
        String normalized = normalizer.normalize(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    private boolean contains(List<String> stems, List<String> words, List<String> phrase) {
        return phrase.get(0) == null
                ? containsRun(words, phrase.subList(1, phrase.size()))
                : containsRun(stems, phrase);
    }

    private boolean containsRun(List<String> tokens, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
            int i = 0;
            while (i < phrase.size() && normalizer.sameWord(tokens.get(start + i), phrase.get(i))) {
                i++;
            }
            if (i == phrase.size()) {
                return true;
            }
        }
        return false;
    }
}
