package org.rawafid.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A parsed search: every group of {@link #required} must match (a group matches when any of
 * its alternatives does: {@code OR}), and no term of {@link #excluded} may. Immutable.
 *
 * @param text the query as typed, for self links and page titles
 */
public record Query(String text, List<List<Term>> required, List<Term> excluded) {
    public Query {
        Objects.requireNonNull(text, "text");
        required = required.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        if (required.isEmpty() || required.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a query needs at least one required term");
        }
    }

    /** One word or phrase, as search stems in order (a single word has one stem, sometimes more). */
    public record Term(List<String> stems) {
        public Term {
            stems = List.copyOf(stems);
            if (stems.isEmpty()) {
                throw new IllegalArgumentException("a term needs a stem");
            }
        }

        public boolean isPhrase() {
            return stems.size() > 1;
        }
    }

    /** The stems a hit can match on (not the excluded ones): the words to mark in a page. */
    public Set<String> markedStems() {
        return required.stream().flatMap(List::stream).flatMap(t -> t.stems().stream())
                .collect(Collectors.toUnmodifiableSet());
    }
}
