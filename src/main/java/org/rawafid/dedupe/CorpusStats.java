package org.rawafid.dedupe;

/**
 * How common words are among stored items, for {@link StoryMatcher}'s rare-word rule: the
 * number of items counted and, per stemmed word, in how many of them it occurs. {@link #NONE}
 * (no corpus: {@code rawafid similar}, a new database) leaves every word equally weighted.
 */
public interface CorpusStats {
    CorpusStats NONE = new CorpusStats() {
        @Override
        public long documents() {
            return 0;
        }

        @Override
        public long frequency(String word) {
            return 0;
        }
    };

    long documents();

    /**
     * These counts and {@code other}'s summed, as if its documents were stored too: the stored
     * items plus the shipped {@link WordPrior} as pseudo-documents.
     */
    default CorpusStats plus(CorpusStats other) {
        java.util.Objects.requireNonNull(other, "other");
        CorpusStats self = this;
        return new CorpusStats() {
            @Override
            public long documents() {
                return self.documents() + other.documents();
            }

            @Override
            public long frequency(String word) {
                return self.frequency(word) + other.frequency(word);
            }
        };
    }

    long frequency(String word);

    /**
     * The inverse document frequency of {@code word}, {@code ln((N + 1) / (df + 1)) + 1}, or 1
     * for every word while fewer than {@code minDocuments} items were counted (too few to tell a
     * name from an outlet's choice of synonym).
     */
    default double weight(String word, long minDocuments) {
        long n = documents();
        if (n < minDocuments) {
            return 1;
        }
        return Math.log((n + 1.0) / (frequency(word) + 1.0)) + 1;
    }
}
