package org.rawafid.dedupe;

import org.rawafid.store.StagedList;
import org.rawafid.store.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Document frequencies of stored items' words ({@code word_df}, migration V6), kept
 * incrementally: {@link #count} adds one item's distinct words to a copy in memory (read once at
 * start), which answers {@link #frequency} without a query, and to the caller's write
 * transaction — summed per transaction and written just before it commits (one statement per
 * 500 distinct words, not one per item), or at once outside a Spring-managed transaction; the
 * items counted since a savepoint that is rolled back (a piece of group commit's work that threw)
 * are not written. The copy may run ahead of the database by what rolled back, which moves an
 * IDF by a hair and is never worth a re-read. Bounded: at most {@link #MAX_WORDS} words are
 * kept in memory (about 10 MB); a word beyond that reads as never seen, i.e. rare. Thread-safe.
 */
public final class WordFrequencies implements CorpusStats {
    static final int MAX_WORDS = 200_000;
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    /** Counters rather than boxed counts: a count is bumped without a new Long or a bin lock (it is under the write lock). */
    private final Map<String, AtomicLong> df = new ConcurrentHashMap<>();
    private final AtomicLong docs = new AtomicLong();

    public WordFrequencies(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        docs.set(jdbc.sql("SELECT docs FROM word_corpus WHERE id = 1").query(Long.class).optional().orElse(0L));
        jdbc.sql("SELECT word, df FROM word_df ORDER BY df DESC LIMIT " + MAX_WORDS)
                .query((rs, n) -> df.put(rs.getString(1), new AtomicLong(rs.getLong(2)))).list();
    }

    /** Counts one item with these tokens (its distinct words once each); call once per item. */
    public void count(Collection<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Set<String> words = new LinkedHashSet<>(tokens);
        StagedList<Set<String>> pending = pending();
        pending.add(words);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(pending);
        }
        docs.incrementAndGet();
        for (String w : words) {
            AtomicLong n = df.get(w);
            if (n == null && df.size() < MAX_WORDS) {
                n = df.computeIfAbsent(w, k -> new AtomicLong());
            }
            if (n != null) {
                n.incrementAndGet();
            }
        }
    }

    /**
     * The items this transaction counted (each its distinct words), written just before it commits;
     * a new list outside a transaction.
     */
    private StagedList<Set<String>> pending() {
        return Objects.requireNonNullElseGet(TransactionScoped.get(this, StagedList::new, this::write, p -> { }),
                StagedList::new);
    }

    private void write(StagedList<Set<String>> pending) {
        if (pending.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE word_corpus SET docs = docs + :n WHERE id = 1").param("n", pending.items().size()).update();
        Map<String, Long> df = new HashMap<>();
        pending.items().forEach(words -> words.forEach(w -> df.merge(w, 1L, Long::sum)));
        // Sorted when written (rows locked in one order), not per word: counted inside the write lock.
        List<Map.Entry<String, Long>> rows = new ArrayList<>(df.entrySet());
        rows.sort(Map.Entry.comparingByKey());
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map.Entry<String, Long>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO word_df (word, df) VALUES ");
            List<Object> params = new ArrayList<>(batch.size() * 2);
            for (Map.Entry<String, Long> row : batch) {
                sql.append(params.isEmpty() ? "" : ", ").append("(?, ?)");
                params.add(row.getKey());
                params.add(row.getValue());
            }
            sql.append(" ON CONFLICT (word) DO UPDATE SET df = word_df.df + excluded.df");
            jdbc.sql(sql.toString()).params(params).update();
        }
        pending.clear();
    }

    @Override
    public long documents() {
        return docs.get();
    }

    @Override
    public long frequency(String word) {
        AtomicLong n = df.get(word);
        return n == null ? 0 : n.get();
    }
}
