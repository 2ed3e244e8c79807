package org.rawafid.search;

import org.jsoup.Jsoup;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.store.ItemIndex;
import org.rawafid.store.WriteTransactions;

import java.util.List;
import java.util.Objects;

/**
 * Keeps the search index in step with the items: {@link #entry} computes an item's terms (callers
 * take it before the write transaction), {@link org.rawafid.store.ItemRepository} calls {@link #put}
 * for every insert and changed item, inside the item's write transaction; {@link #catchUp} indexes
 * what was stored before the index existed. Indexed text: title, summary and the article's plain
 * text, through {@link Terms}. Thread-safe.
 *
 * @see org.rawafid.store.ItemRepository#ItemRepository(org.springframework.jdbc.core.simple.JdbcClient, ItemIndex)
 */
public final class IndexWriter implements ItemIndex {
    private static final int BATCH = 500;

    private final SearchRepository repository;
    private final Terms terms;

    public IndexWriter(SearchRepository repository, ArabicNormalizer normalizer) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.terms = new Terms(Objects.requireNonNull(normalizer, "normalizer"));
    }

    /** The item's terms in the database's form: the costly part (HTML to text, normalising), lock-free. */
    @Override
    public Entry entry(Item item) {
        return new Entry(repository.encode(termsOf(item.title(), item.summary(), item.contentHtml())));
    }

    @Override
    public void put(long id, Entry entry) {
        repository.put(id, entry.terms());
    }

    /**
     * Indexes the items stored before the index existed (the backlog migration V5 recorded), in
     * batches of short write transactions (so fetches and readers are not held up), and returns
     * how many. One query when there are none, which is every start after the first.
     */
    public long catchUp(WriteTransactions tx) {
        long done = 0;
        while (true) {
            int n = Objects.requireNonNull(tx.write(() -> {
                List<SearchRepository.Unindexed> batch = repository.takeBacklog(BATCH);
                batch.forEach(u -> repository.put(u.id(),
                        repository.encode(termsOf(u.title(), u.summary(), u.contentHtml()))));
                return batch.size();
            }));
            done += n;
            if (n == 0) {
                return done;
            }
        }
    }

    private List<String> termsOf(String title, String summary, String html) {
        String text = html == null || html.isEmpty() ? "" : Jsoup.parseBodyFragment(html).text();
        // The summary is usually the text's first lines: index it only when it is not.
        boolean summaryInText = summary == null || summary.isEmpty()
                || text.startsWith(summary.substring(0, Math.min(40, summary.length())));
        return terms.of(title + "\n" + (summaryInText ? "" : summary + "\n") + text);
    }
}
