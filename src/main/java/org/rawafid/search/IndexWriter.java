package org.rawafid.search;

import org.jsoup.Jsoup;
import org.rawafid.clean.TextRenderer;
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
        return entry(item, null);
    }

    /**
     * The same from the cleaner's text of the item's HTML (the refresher has it; null: rendered from
     * the HTML here, {@link #textOf}): the same terms either way (IndexWriterTextTest).
     */
    @Override
    public Entry entry(Item item, String text) {
        return new Entry(encoded(item.title(), item.summary(), text != null ? text : textOf(item.contentHtml())));
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
                batch.forEach(u -> repository.put(u.id(), encoded(u.title(), u.summary(), textOf(u.contentHtml()))));
                return batch.size();
            }));
            done += n;
            if (n == 0) {
                return done;
            }
        }
    }

    /**
     * The plain text of stored (cleaned) HTML by the function the cleaner used for its text
     * ({@link TextRenderer}): one line per block. Only word boundaries matter to the terms.
     */
    static String textOf(String html) {
        return html == null || html.isEmpty() ? "" : TextRenderer.render(Jsoup.parseBodyFragment(html).body());
    }

    /** The encoded terms of an item whose content has the plain text {@code text}. */
    private String encoded(String title, String summary, String text) {
        return repository.encode(terms, indexedText(title, summary, text));
    }

    /**
     * What is indexed: title, summary and text, the summary left out when it is the text's first
     * lines, as it usually is (its first 40 chars begin the text, a line break read as a space).
     */
    static String indexedText(String title, String summary, String text) {
        return title + "\n" + (summaryInText(summary, text) ? "" : summary + "\n") + text;
    }

    static boolean summaryInText(String summary, String text) {
        return summary == null || summary.isEmpty() || startsWithAsOneLine(text, summary, Math.min(40, summary.length()));
    }

    /** Whether {@code text} begins with the first {@code n} chars of {@code prefix}, each '\n' of it read as ' '. */
    static boolean startsWithAsOneLine(String text, String prefix, int n) {
        if (text.length() < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '\n' ? ' ' : c) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
