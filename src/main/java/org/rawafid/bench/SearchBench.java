package org.rawafid.bench;

import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.search.IndexWriter;
import org.rawafid.search.Query;
import org.rawafid.search.QueryParser;
import org.rawafid.search.QueryRunner;
import org.rawafid.search.SearchRepository;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.WriteTransactions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * {@code rawafid bench search}: search speed and cost on a database of synthetic Arabic news
 * (the corpus generator's vocabulary). Three phases, one {@code key=value} line each:
 * <ol>
 *   <li>{@code ingest}: the same items stored with and without the index, in write transactions
 *   of 1,000 (the store step alone, so the index's share is not diluted by fetch and parse);</li>
 *   <li>{@code build}: the indexed database filled to {@code --items}; its size and the index's share;</li>
 *   <li>{@code query}: 1,000 queries drawn from the vocabulary (1–3 words, a fifth phrases, a fifth
 *   with OR), each the first page of 50 hits, one per story: p50/p95/p99 latency.</li>
 * </ol>
 */
public final class SearchBench {
    private static final Instant T0 = Instant.parse("2024-05-03T10:00:00Z");
    private static final int TX = 1_000;
    private static final int QUERIES = 1_000;

    private final int items;
    private final int compare;
    private final long seed;
    private final Path dir;

    /** @param compare how many items the with/without-index ingest comparison stores (at most {@code items}) */
    public SearchBench(int items, int compare, long seed, Path dir) {
        if (items < 1 || compare < 1) {
            throw new IllegalArgumentException("bench: --items and --compare must be positive");
        }
        this.items = items;
        this.compare = Math.min(compare, items);
        this.seed = seed;
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    public List<String> run() {
        List<String> lines = new ArrayList<>();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        double plain;
        try (Database db = Database.open(dir.resolve("plain.db"))) {
            plain = store(new ItemRepository(db.jdbc()), new WriteTransactions(db), 0, compare);
        }
        try (Database db = Database.open(dir.resolve("search.db"))) {
            SearchRepository repository = new SearchRepository(db);
            ItemRepository indexed = new ItemRepository(db.jdbc(), new IndexWriter(repository, normalizer));
            WriteTransactions tx = new WriteTransactions(db);
            double withIndex = store(indexed, tx, 0, compare);
            lines.add(String.format(Locale.ROOT, "phase=ingest items=%d plain_items_per_s=%.0f indexed_items_per_s=%.0f"
                    + " slower_pct=%.1f", compare, compare / plain, compare / withIndex, 100 * (withIndex / plain - 1)));
            double build = store(indexed, tx, compare, items);
            db.checkpoint();
            long total = db.sizeBytes();
            long index = indexBytes(db);
            lines.add(String.format(Locale.ROOT, "phase=build items=%d seconds=%.1f db_mb=%.1f index_mb=%.1f"
                    + " index_pct=%.1f", items, withIndex + build, total / 1e6, index / 1e6, 100.0 * index / total));
            lines.add(queries(new QueryParser(normalizer), new QueryRunner(repository)));
        }
        return lines;
    }

    /** Stores items {@code from} (inclusive) to {@code to} and returns the seconds it took. */
    private double store(ItemRepository repository, WriteTransactions tx, int from, int to) {
        long start = System.nanoTime();
        for (int at = from; at < to; at += TX) {
            int end = Math.min(to, at + TX);
            int first = at;
            tx.write(() -> {
                for (int i = first; i < end; i++) {
                    Item item = item(i);
                    repository.insert(item, item.published());
                }
                return null;
            });
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Item {@code i}: the same for every run with the same seed. */
    private Item item(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String title = Vocabulary.title(r);
        StringBuilder html = new StringBuilder();
        String lead = Vocabulary.sentence(r);
        html.append("<p>").append(lead).append("</p>");
        for (int p = r.nextInt(2, 6); p > 0; p--) {
            html.append("<p>").append(Vocabulary.sentence(r)).append(' ').append(Vocabulary.sentence(r)).append("</p>");
        }
        Instant published = T0.plusSeconds(30L * i);
        String source = "s" + (i % 500);
        return new Item(source, "k" + i, "k" + i, "http://bench.rawafid.invalid/" + i, "bench.rawafid.invalid/" + i,
                title, html.toString(), lead, null, null, List.of(), published, published);
    }

    private static long indexBytes(Database db) {
        try {
            return db.jdbc().sql("SELECT sum(pgsize) FROM dbstat WHERE name = 'item_text' OR name LIKE 'item_fts%'"
                    + " OR name LIKE 'sqlite_autoindex_item_text%'").query(Long.class).single();
        } catch (RuntimeException e) {
            return -1; // SQLite built without the dbstat table
        }
    }

    private String queries(QueryParser parser, QueryRunner runner) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> sources = new ArrayList<>();
        for (int s = 0; s < 500; s++) {
            sources.add("s" + s);
        }
        List<Double> millis = new ArrayList<>();
        long hits = 0;
        for (int q = 0; q < QUERIES; q++) {
            String text = query(r);
            long start = System.nanoTime();
            Query parsed = parser.parse(text);
            hits += runner.hits(new QueryRunner.Page(parsed, sources, null, null, 0, 50, true)).size();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return String.format(Locale.ROOT, "phase=query queries=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f mean_hits=%.1f",
                QUERIES, PhaseResult.percentile(millis, 50), PhaseResult.percentile(millis, 95),
                PhaseResult.percentile(millis, 99), (double) hits / QUERIES);
    }

    /** 1–3 words from the vocabulary; a fifth are a two-word phrase from a sentence, a fifth have OR. */
    private static String query(SplittableRandom r) {
        double kind = r.nextDouble();
        if (kind < 0.2) {
            String[] words = Vocabulary.sentence(r).replace("،", "").replace(".", "").split(" ");
            int at = r.nextInt(words.length - 1);
            return "\"" + words[at] + " " + words[at + 1] + "\"";
        }
        String a = word(r);
        if (kind < 0.4) {
            return a + " OR " + word(r) + (r.nextBoolean() ? " " + word(r) : "");
        }
        int n = r.nextInt(1, 4);
        StringBuilder s = new StringBuilder(a);
        for (int i = 1; i < n; i++) {
            s.append(' ').append(word(r));
        }
        return s.toString();
    }

    private static String word(SplittableRandom r) {
        double k = r.nextDouble();
        return k < 0.6 ? Vocabulary.pick(r, Vocabulary.NOUNS) : k < 0.8 ? Vocabulary.pick(r, Vocabulary.VERBS)
                : Vocabulary.pick(r, Vocabulary.CITIES);
    }
}
