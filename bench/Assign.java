/*
 * Story assignment alone, deterministic and single-threaded (README, Performance): parses and
 * cleans N synthetic sources x 30 items, then stores them one source per transaction as the
 * refresher does (StoryIndex.catchUp, then StoryIndex.store: decide the story, insert the item
 * with it) and prints the thread CPU per item of fingerprint + decision + insert
 * (insert_plus_assign_cpu_us_per_item; of_which_fingerprint_us is taken outside the write lock
 * in the service; before the in-memory index, bench/Assign.java timed assign alone, with the
 * fingerprint, as assign_cpu_us_per_item and the insert apart) and a digest of every item's story.
 *   java -cp target/rawafid.jar bench/Assign.java 200             # connection per transaction (as the service)
 *   java -cp target/rawafid.jar bench/Assign.java 200 pooled      # one connection kept open
 *   java -cp target/rawafid.jar bench/Assign.java 200 pooled -65536   # and a 64 MB page cache
 *   java -cp target/rawafid.jar bench/Assign.java 200 realistic   # Corpus.realistic (ANS words, ~25 % retold): real merges,
 *       scored against the corpus's truth (Corpus.realisticStories): pairs of items put in one story, how many of
 *       them tell one story (precision) and how many of the pairs telling one story were put in one (recall)
 * Two jars must print the same digest when a change should not alter which story an item joins.
 */
import org.rawafid.bench.Corpus;
import org.rawafid.bench.FeedFile;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.dedupe.*;
import org.rawafid.model.Item;
import org.rawafid.model.ParsedItem;
import org.rawafid.parse.FeedParser;
import org.rawafid.store.Database;
import org.rawafid.store.ItemRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import java.net.URI;
import java.nio.file.*;
import java.time.*;
import java.util.*;

/** Inserts the synthetic corpus one source (one transaction) at a time and assigns stories; prints a digest of the story of every item and the time per assign. */
public class Assign {
    /** The corpus: items per feed, seed and (realistic) word list; the score must use the same. */
    static final int ITEMS = 30;
    static final long SEED = 1;
    static final Path WORDS = Path.of("../shared/fixtures/neardup/ans");

    public static void main(String[] a) throws Exception {
        int sources = Integer.parseInt(a[0]);
        boolean realistic = Arrays.asList(a).contains("realistic");
        a = Arrays.stream(a).filter(x -> !x.equals("realistic")).toArray(String[]::new);
        Corpus corpus = realistic ? Corpus.realistic(sources, ITEMS, SEED, WORDS) : Corpus.generate(sources, ITEMS, SEED);
        FeedParser parser = new FeedParser();
        HtmlCleaner cleaner = new HtmlCleaner(); Summarizer sum = new Summarizer();
        record Row(String source, ParsedItem p, String summary) {}
        List<List<Row>> feeds = new ArrayList<>();
        int f = 0;
        for (FeedFile file : corpus.feeds()) {
            String src = "s" + (f++);
            List<Row> rows = new ArrayList<>();
            for (ParsedItem p : parser.parse(file.bytes(), file.contentType(), URI.create("http://bench.invalid/" + src)).items()) {
                String html = p.contentHtml() != null ? p.contentHtml() : p.summaryHtml();
                rows.add(new Row(src, p, sum.summarize(cleaner.clean(html, URI.create("http://bench.invalid/a"), "ar").text(), 300)));
            }
            feeds.add(rows);
        }
        Path dir = Files.createTempDirectory("assign");
        Database db = Database.open(dir.resolve("x.db"));
        boolean pooled = a.length > 1 && a[1].equals("pooled");
        javax.sql.DataSource ds = pooled ? new org.springframework.jdbc.datasource.SingleConnectionDataSource(db.dataSource().getConnection(), true) : db.dataSource();
        if (a.length > 2) { try (var c = ds.getConnection(); var st = c.createStatement()) { st.execute("PRAGMA cache_size=" + a[2]); } }
        org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(ds);
        ItemRepository items = new ItemRepository(jdbc);
        Fingerprinter fp = new Fingerprinter(new ArabicNormalizer());
        Instant now = Instant.parse("2024-05-03T12:00:00Z");
        StoryIndex index = new StoryIndex(jdbc, fp, new StoryMatcher(fp), InstantSource.fixed(now));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        long assignNanos = 0, fingerprintNanos = 0; int n = 0, created = 0;
        Map<String, Long> storyOfLink = new HashMap<>();
        for (List<Row> rows : feeds) {
            long[] t = {0};
            long[] fpNanos = {0};
            int[] c = {0};
            tx.execute(st -> {
                int k = 0;
                for (Row r : rows) {
                    ParsedItem p = r.p();
                    Instant pub = p.published() != null ? p.published() : now;
                    Item item = new Item(r.source(), "k" + (k++), p.guid(), p.link(), p.link(), p.title(), "<p>x</p>", r.summary(),
                        null, null, List.of(), pub, pub);
                    long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    Fingerprint print = index.fingerprint(item.title(), item.summary());
                    long t1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    fpNanos[0] += t1 - t0;
                    if (k == 1) index.catchUp();
                    long[] id = {0};
                    StoryRef ref = index.store(new Report(r.source(), item.itemKey(), null, pub), print,
                        (story, signature, version) -> {
                            var stored = items.insert(item, ItemRepository.contentHash(item), now, new ItemRepository.StoryColumns(story, signature, version), null);
                            id[0] = stored.getAsLong();
                            return stored;
                        }).orElseThrow();
                    t[0] += java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0;
                    if (ref.created()) c[0]++;
                    storyOfLink.put(p.link(), ref.storyId());
                    md.update((id[0] + ":" + ref.storyId() + ":" + ref.guid() + ";").getBytes());
                }
                return null;
            });
            assignNanos += t[0];
            fingerprintNanos += fpNanos[0]; n += rows.size(); created += c[0];
        }
        System.out.printf("items=%d stories=%d insert_plus_assign_cpu_us_per_item=%.0f of_which_fingerprint_us=%.0f digest=%s%n",
            n, created, assignNanos / 1000.0 / n, fingerprintNanos / 1000.0 / n,
            java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16));
        if (realistic) {
            score(storyOfLink, Corpus.realisticStories(sources, ITEMS, SEED, WORDS));
        }
    }

    /** Pairwise precision and recall of the stories against the corpus's truth; links end in /FEED/ITEM. */
    static void score(Map<String, Long> storyOfLink, java.util.function.BiFunction<Integer, Integer, String> truth) {
        Map<Long, Integer> perStory = new HashMap<>();
        Map<String, Integer> perTruth = new HashMap<>();
        Map<String, Integer> perBoth = new HashMap<>();
        storyOfLink.forEach((link, story) -> {
            String[] parts = link.split("/");
            String told = truth.apply(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
            perStory.merge(story, 1, Integer::sum);
            perTruth.merge(told, 1, Integer::sum);
            perBoth.merge(story + " " + told, 1, Integer::sum);
        });
        long merged = pairs(perStory.values()), telling = pairs(perTruth.values()), right = pairs(perBoth.values());
        System.out.printf("pairs_merged=%d pairs_telling_one_story=%d pairs_right=%d precision=%.4f recall=%.4f%n",
            merged, telling, right, merged == 0 ? 1.0 : (double) right / merged, (double) right / telling);
    }

    private static long pairs(Collection<Integer> sizes) {
        return sizes.stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
    }
}
