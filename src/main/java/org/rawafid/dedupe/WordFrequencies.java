package org.rawafid.dedupe;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Document frequencies of stored items' words ({@code word_df}, migration V6), kept
 * incrementally: {@link #count} adds one item's distinct words in the caller's write
 * transaction, and a copy in memory (read once at start) answers {@link #weights} without a
 * query. The copy may run ahead of the database by a transaction that rolled back, which moves
 * an IDF by a hair and is never worth a re-read. Bounded: at most {@link #MAX_WORDS} words are
 * kept in memory (about 10 MB); a word beyond that reads as never seen, i.e. rare. Thread-safe.
 */
public final class WordFrequencies implements CorpusStats {
    static final int MAX_WORDS = 200_000;

    private final JdbcClient jdbc;
    private final Map<String, Long> df = new ConcurrentHashMap<>();
    private final AtomicLong docs = new AtomicLong();

    public WordFrequencies(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        docs.set(jdbc.sql("SELECT docs FROM word_corpus WHERE id = 1").query(Long.class).optional().orElse(0L));
        jdbc.sql("SELECT word, df FROM word_df ORDER BY df DESC LIMIT " + MAX_WORDS)
                .query((rs, n) -> df.put(rs.getString(1), rs.getLong(2))).list();
    }

    /** Counts one item with these tokens (its distinct words once each); call once per item. */
    public void count(Collection<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Set<String> words = new LinkedHashSet<>(tokens);
        jdbc.sql("UPDATE word_corpus SET docs = docs + 1 WHERE id = 1").update();
        docs.incrementAndGet();
        if (words.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO word_df (word, df) VALUES ");
        int i = 0;
        for (String ignored : words) {
            sql.append(i++ == 0 ? "" : ", ").append("(?, 1)");
        }
        sql.append(" ON CONFLICT (word) DO UPDATE SET df = word_df.df + 1");
        jdbc.sql(sql.toString()).params(words.toArray()).update();
        for (String w : words) {
            if (df.size() < MAX_WORDS || df.containsKey(w)) {
                df.merge(w, 1L, Long::sum);
            }
        }
    }

    @Override
    public long documents() {
        return docs.get();
    }

    @Override
    public long frequency(String word) {
        Long n = df.get(word);
        return n == null ? 0 : n;
    }
}
