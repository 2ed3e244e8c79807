package org.rawafid.bench;

import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.model.Item;
import org.rawafid.search.IndexWriter;
import org.rawafid.search.Query;
import org.rawafid.search.QueryParser;
import org.rawafid.search.QueryRunner;
import org.rawafid.search.SearchRepository;
import org.rawafid.store.Database;
import org.rawafid.store.ItemIndex;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.WriteTransactions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * {@code rawafid bench search}: search speed and cost on a database of synthetic Arabic news.
 * Three phases, one {@code key=value} line each:
 * <ol>
 *   <li>{@code store}: the same items stored without and with the index, 1,000 per write
 *   transaction, the two databases alternating block by block (the machine's noise hits both
 *   alike). The store step alone, so the index's share is not diluted by fetch and parse. Two
 *   figures: inside the write transaction (what the write lock holds: the index's insert only,
 *   as the refresher computes the terms before it) and in all (terms computed plus insert,
 *   one thread). What a user feels is the whole pipeline (fetch, parse, clean, stories, store),
 *   where both are a smaller share: {@link PipelineComparison} (the command's last line,
 *   {@code phase=ingest}) measures that, as {@code bench ingest} against
 *   {@code bench ingest --without-search-index} does;</li>
 *   <li>{@code build}: the indexed database filled to {@code --items} in bulk (see {@link #build}), so a
 *   1M-item database takes minutes; its size and the index's share;</li>
 *   <li>{@code query}: 1,000 queries drawn from the vocabulary (1–3 words, a fifth phrases, a fifth
 *   with OR), each the first page of 50 hits, one per story: p50/p95/p99 latency.</li>
 * </ol>
 * Two vocabularies: the corpus generator's ~250 words (a common word matches a fifth of all
 * items), or with {@code realistic} the ANS headline words drawn with Zipf frequencies (as
 * {@code bench ingest --realistic}): most query words are rare, a few match nearly everything.
 */
public final class SearchBench {
    private static final Instant T0 = Instant.parse("2024-05-03T10:00:00Z");
    private static final int TX = 1_000;
    private static final int BUILD_TX = 10_000;
    private static final int QUERIES = 1_000;
    private static final int SOURCES = 500;

    private final int items;
    private final int compare;
    private final long seed;
    private final Path dir;
    private final RealisticTexts realistic;

    /** @param compare how many items the with/without-index ingest comparison stores (at most {@code items}) */
    public SearchBench(int items, int compare, long seed, Path dir) {
        this(items, compare, seed, dir, null);
    }

    /** @param words with the ANS CSV files: the realistic vocabulary; null: the corpus generator's */
    public SearchBench(int items, int compare, long seed, Path dir, Path words) {
        if (items < 1 || compare < 1) {
            throw new IllegalArgumentException("bench: --items and --compare must be positive");
        }
        this.items = items;
        this.compare = Math.min(compare, items);
        this.seed = seed;
        this.dir = Objects.requireNonNull(dir, "dir");
        int perSource = (items + SOURCES - 1) / SOURCES;
        this.realistic = words == null ? null
                : new RealisticTexts(seed, SOURCES, perSource, RealisticTexts.countWords(words));
    }

    public List<String> run() {
        List<String> lines = new ArrayList<>();
        ArabicNormalizer normalizer = new ArabicNormalizer();
        String vocabulary = realistic == null ? "generator" : "realistic";
        try (Database plainDb = Database.open(dir.resolve("plain.db"));
             Database db = Database.open(dir.resolve("search.db"))) {
            ItemRepository plain = new ItemRepository(plainDb.jdbc());
            WriteTransactions plainTx = new WriteTransactions(plainDb);
            SearchRepository repository = new SearchRepository(db);
            ItemRepository indexed = new ItemRepository(db.jdbc(), new IndexWriter(repository, normalizer));
            WriteTransactions tx = new WriteTransactions(db);
            double plainSeconds = 0;
            double termSeconds = 0;
            double indexedSeconds = 0;
            for (int at = 0; at < compare; at += TX) {
                List<Item> block = items(at, Math.min(compare, at + TX));
                plainSeconds += store(plain, plainTx, block, null);
                long start = System.nanoTime();
                List<ItemIndex.Entry> entries = block.stream().map(indexed::indexEntry).toList();
                termSeconds += (System.nanoTime() - start) / 1e9;
                indexedSeconds += store(indexed, tx, block, entries);
            }
            lines.add(String.format(Locale.ROOT, "phase=store step=store-only vocabulary=%s items=%d"
                            + " plain_items_per_s=%.0f indexed_in_tx_items_per_s=%.0f store_in_tx_slower_pct=%.1f"
                            + " indexed_items_per_s=%.0f store_slower_pct=%.1f", vocabulary, compare, compare / plainSeconds,
                    compare / indexedSeconds, 100 * (indexedSeconds / plainSeconds - 1),
                    compare / (indexedSeconds + termSeconds), 100 * ((indexedSeconds + termSeconds) / plainSeconds - 1)));
            long start = System.nanoTime();
            build(db, indexed, compare, items);
            double build = (System.nanoTime() - start) / 1e9;
            db.checkpoint();
            long total = db.sizeBytes();
            long index = indexBytes(db);
            lines.add(String.format(Locale.ROOT, "phase=build items=%d seconds=%.1f items_per_s=%.0f db_mb=%.1f"
                            + " index_mb=%.1f index_pct=%.1f", items, build, (items - compare) / build, total / 1e6,
                    index / 1e6, 100.0 * index / total));
            lines.add(queries(new QueryParser(normalizer), new QueryRunner(repository)));
        }
        return lines;
    }

    /** Stores {@code block} (with its index entries, or null) in one transaction; returns the seconds it took. */
    private static double store(ItemRepository repository, WriteTransactions tx, List<Item> block,
                                List<ItemIndex.Entry> entries) {
        long start = System.nanoTime();
        tx.write(() -> {
            for (int i = 0; i < block.size(); i++) {
                Item item = block.get(i);
                repository.insert(item, ItemRepository.contentHash(item), item.published(), null,
                        entries == null ? null : entries.get(i));
            }
            return null;
        });
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Items {@code from} to {@code to}, in bulk: made and their entries taken on every core, the
     * next block while one is written through one connection and two prepared statements (the
     * item's columns as {@link ItemRepository#insert} writes them; the index through the same
     * statement the store uses, the terms in key order after the items, as
     * {@code SearchRepository.put} does inside a transaction).
     */
    private void build(Database db, ItemRepository repository, int from, int to) {
        CompletableFuture<Object[]> next = prepare(repository, from, Math.min(to, from + BUILD_TX));
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO item (source_id, item_key, guid, link,"
                    + " canonical_link, title, content_html, summary, author, image_url, categories, published_at,"
                    + " updated_at, first_seen_at, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
                 PreparedStatement index = c.prepareStatement(SearchRepository.PUT_TERMS_SQL)) {
                for (int at = from; at < to; at += BUILD_TX) {
                    Object[] ready = next.join();
                    int after = at + BUILD_TX;
                    next = after < to ? prepare(repository, after, Math.min(to, after + BUILD_TX)) : null;
                    @SuppressWarnings("unchecked") List<Item> block = (List<Item>) ready[0];
                    @SuppressWarnings("unchecked") List<ItemIndex.Entry> entries = (List<ItemIndex.Entry>) ready[1];
                    // As SearchRepository.put in a transaction: the terms in key order after every item.
                    java.util.TreeMap<Long, String> terms = new java.util.TreeMap<>();
                    for (int i = 0; i < block.size(); i++) {
                        Item item = block.get(i);
                        long t = item.published().toEpochMilli();
                        Object[] values = {item.sourceId(), item.itemKey(), item.guid(), item.link(),
                                item.canonicalLink(), item.title(), item.contentHtml(), item.summary(), item.author(),
                                item.imageUrl(), String.join("\t", item.categories()), t, t, t,
                                ItemRepository.contentHash(item)};
                        for (int k = 0; k < values.length; k++) {
                            insert.setObject(k + 1, values[k]);
                        }
                        try (ResultSet rs = insert.executeQuery()) {
                            rs.next();
                            terms.put(SearchRepository.key(t, rs.getLong(1)), entries.get(i).terms());
                        }
                    }
                    for (var e : terms.entrySet()) {
                        index.setLong(1, e.getKey());
                        index.setString(2, e.getValue());
                        index.executeUpdate();
                    }
                    c.commit();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bench: bulk build failed: " + e.getMessage(), e);
        }
    }

    private CompletableFuture<Object[]> prepare(ItemRepository repository, int from, int to) {
        return CompletableFuture.supplyAsync(() -> {
            List<Item> block = items(from, to);
            List<ItemIndex.Entry> entries = block.parallelStream().map(repository::indexEntry).toList();
            return new Object[]{block, entries};
        });
    }

    private List<Item> items(int from, int to) {
        return IntStream.range(from, to).parallel().mapToObj(this::item).toList();
    }

    /** Item {@code i}: the same for every run with the same seed. */
    private Item item(int i) {
        String source = "s" + (i % SOURCES);
        if (realistic != null) {
            int feed = i % SOURCES + 1;
            int n = i / SOURCES;
            Random r = new Random(seed * 1_000_003L + i);
            Instant published = realistic.published(r, feed, n, null).toInstant();
            String html = realistic.body(r, "http://bench.rawafid.invalid", feed, n);
            return new Item(source, "k" + i, "k" + i, "http://bench.rawafid.invalid/" + i,
                    "bench.rawafid.invalid/" + i, realistic.title(r, feed, n), html, realistic.summary(r, feed, n),
                    null, null, List.of(), published, published);
        }
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String title = Vocabulary.title(r);
        StringBuilder html = new StringBuilder();
        String lead = Vocabulary.sentence(r);
        html.append("<p>").append(lead).append("</p>");
        for (int p = r.nextInt(2, 6); p > 0; p--) {
            html.append("<p>").append(Vocabulary.sentence(r)).append(' ').append(Vocabulary.sentence(r)).append("</p>");
        }
        Instant published = T0.plusSeconds(30L * i);
        return new Item(source, "k" + i, "k" + i, "http://bench.rawafid.invalid/" + i, "bench.rawafid.invalid/" + i,
                title, html.toString(), lead, null, null, List.of(), published, published);
    }

    private static long indexBytes(Database db) {
        try {
            return db.jdbc().sql("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'item_terms%'").query(Long.class).single();
        } catch (RuntimeException e) {
            return -1; // SQLite built without the dbstat table
        }
    }

    private String queries(QueryParser parser, QueryRunner runner) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> sources = new ArrayList<>();
        for (int s = 0; s < SOURCES; s++) {
            sources.add("s" + s);
        }
        List<Double> millis = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long hits = 0;
        int full = 0;
        for (int q = 0; q < QUERIES; q++) {
            String text = query(r);
            long start = System.nanoTime();
            Query parsed = parser.parse(text);
            int n = runner.hits(new QueryRunner.Page(parsed, sources, null, null, 0, 50, true)).size();
            millis.add((System.nanoTime() - start) / 1e6);
            texts.add(text + " (" + n + ")");
            hits += n;
            full += n == 50 ? 1 : 0;
        }
        List<Integer> slowest = IntStream.range(0, QUERIES).boxed()
                .sorted((a, b) -> Double.compare(millis.get(b), millis.get(a))).limit(3).toList();
        StringBuilder slow = new StringBuilder();
        slowest.forEach(i -> slow.append(String.format(Locale.ROOT, " %.0fms:%s", millis.get(i), texts.get(i))));
        return String.format(Locale.ROOT, "phase=query queries=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f mean_hits=%.1f"
                        + " full_pages_pct=%.1f slowest=%s", QUERIES, PhaseResult.percentile(millis, 50),
                PhaseResult.percentile(millis, 95), PhaseResult.percentile(millis, 99), (double) hits / QUERIES,
                100.0 * full / QUERIES, slow.toString().strip());
    }

    /** 1–3 words from the vocabulary; a fifth are a two-word phrase from a sentence, a fifth have OR. */
    private String query(SplittableRandom r) {
        double kind = r.nextDouble();
        if (kind < 0.2) {
            String[] words = sentence(r).replace("،", "").replace(".", "").split(" ");
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

    private String sentence(SplittableRandom r) {
        if (realistic == null) {
            return Vocabulary.sentence(r);
        }
        // A phrase of a stored item: its summary (place - verb, names, core words).
        int i = r.nextInt(items);
        return realistic.summary(null, i % SOURCES + 1, i / SOURCES).replace(" - ", " ");
    }

    private String word(SplittableRandom r) {
        if (realistic != null) {
            return realistic.zipf(new Random(r.nextLong()));
        }
        double k = r.nextDouble();
        return k < 0.6 ? Vocabulary.pick(r, Vocabulary.NOUNS) : k < 0.8 ? Vocabulary.pick(r, Vocabulary.VERBS)
                : Vocabulary.pick(r, Vocabulary.CITIES);
    }
}
