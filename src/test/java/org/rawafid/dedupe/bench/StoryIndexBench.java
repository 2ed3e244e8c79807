package org.rawafid.dedupe.bench;

import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.Fingerprint;
import org.rawafid.dedupe.Fingerprinter;
import org.rawafid.dedupe.NewItem;
import org.rawafid.dedupe.StoryIndex;
import org.rawafid.dedupe.StoryMatcher;
import org.rawafid.dedupe.Text;
import org.rawafid.store.Database;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Scaling benchmark for {@link StoryIndex#assign} (not a test): fills a fresh database with
 * N synthetic items (with their stored signatures, 5,000 items a day so the 48 h window
 * always holds the same number), times the index's {@link StoryIndex#rebuild} from them
 * ({@code rebuild_ms}, {@code held}), then times assigning new items (one in ten retells a recent
 * title, the others are new stories), each fetch-sized batch
 * in one transaction as the refresh does. Prints one {@code key=value} line per size, with
 * wall and thread CPU time (SQLite runs in the calling thread) per assigned item.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.rawafid.dedupe.bench.StoryIndexBench 10000 100000 1000000
 * java -Dbench.cacheMb=64 -cp … org.rawafid.dedupe.bench.StoryIndexBench …   (bigger page cache + mmap)
 * </pre>
 */
public final class StoryIndexBench {
    private static final long DAY_MS = 86_400_000L;
    /** {@code -Dbench.perDay=15000}: items published a day (the held window is {@link StoryIndex#HELD}'s worth). */
    private static final int ITEMS_PER_DAY = Integer.getInteger("bench.perDay", 5_000);
    /** {@code -Dbench.unsigned=true}: store no signatures, so the rebuild recomputes them (an upgrade). */
    private static final boolean UNSIGNED = Boolean.getBoolean("bench.unsigned");
    /** {@code -Dbench.htmlBytes=3000}: each item's content_html this long (the service's rows; overflow pages). */
    private static final String HTML = "<p>" + "ن".repeat(Integer.getInteger("bench.htmlBytes", 0) / 2) + "</p>";
    private static final int ASSIGNED = 2_000;
    private static final int BATCH = 50;
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    /** {@code -Dbench.cacheMb=64}: measure with a 64 MB page cache and mmap instead of {@link Database}'s defaults. */
    private static final int CACHE_MB = Integer.getInteger("bench.cacheMb", 0);
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private final Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());
    private final String[] vocabulary = vocabulary(30_000, new SplittableRandom(7));
    /** The last titles stored (a 48 h window's worth), for new items that retell them. */
    private final String[] recent = new String[2 * ITEMS_PER_DAY];

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/bench"));
        StoryIndexBench bench = new StoryIndexBench();
        bench.run(dir, 10_000, false); // warm the JIT up before measuring
        for (String arg : args.length == 0 ? new String[] {"10000", "100000", "1000000"} : args) {
            bench.run(dir, Integer.parseInt(arg), true);
        }
    }

    private void run(Path dir, int stored, boolean print) throws Exception {
        Path file = dir.resolve("bench-" + stored + ".db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        Database db = Database.open(file);
        long t0 = System.nanoTime();
        fill(db, stored);
        long fillMs = (System.nanoTime() - t0) / 1_000_000;
        Instant end = START.plusMillis(stored * DAY_MS / ITEMS_PER_DAY);
        DataSource ds = CACHE_MB > 0 ? tuned(file) : db.dataSource();
        JdbcClient jdbc = JdbcClient.create(ds);
        StoryIndex index = new StoryIndex(jdbc, fingerprinter, new StoryMatcher(fingerprinter),
                InstantSource.fixed(end));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        long r0 = System.nanoTime();
        long rc0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int recomputed = index.rebuild(work -> tx.executeWithoutResult(status -> work.run()));
        long rebuildMs = (System.nanoTime() - r0) / 1_000_000;
        long rebuildCpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - rc0) / 1_000_000;
        SplittableRandom random = new SplittableRandom(99);
        int joined = 0;
        long nanos = 0;
        long cpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int b = 0; b < ASSIGNED / BATCH; b++) {
            NewItem[] batch = new NewItem[BATCH];
            for (int i = 0; i < BATCH; i++) {
                String title;
                if (random.nextInt(10) == 0) {
                    String told = recent[random.nextInt(recent.length)]; // null while fewer are stored
                    title = told != null ? retold(told, random) : title(random);
                } else {
                    title = title(random);
                }
                batch[i] = insertItem(jdbc, "new", "n" + b + "-" + i, title, end);
            }
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            joined += tx.execute(status -> {
                int j = 0;
                for (NewItem item : batch) {
                    j += index.assign(item).created() ? 0 : 1;
                }
                return j;
            });
            nanos += System.nanoTime() - t;
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
        }
        if (print) {
            System.out.printf(Locale.ROOT, "cache_mb=%d stored=%d fill_ms=%d held=%d recomputed=%d rebuild_ms=%d rebuild_cpu_ms=%d"
                            + " assigned=%d joined=%d assign_us_per_item=%.1f assign_cpu_us_per_item=%.1f%n", CACHE_MB,
                    stored, fillMs, index.heldItems(), recomputed, rebuildMs, rebuildCpuMs, ASSIGNED, joined,
                    nanos / 1000.0 / ASSIGNED, cpuNanos / 1000.0 / ASSIGNED);
        }
    }

    /** Bulk-loads items with their signatures, and stories, in one transaction. */
    private void fill(Database db, int stored) throws SQLException {
        SplittableRandom random = new SplittableRandom(stored);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement story = c.prepareStatement(
                    "INSERT INTO story (id, guid, first_item_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement item = c.prepareStatement("""
                         INSERT INTO item (id, source_id, item_key, title, content_html, summary, categories,
                                           published_at, updated_at, first_seen_at, content_hash, story_id,
                                           story_signature, signature_version)
                         VALUES (?, ?, ?, ?, ?, '', '', ?, ?, ?, 'h', ?, ?, ?)""")) {
                for (int id = 1; id <= stored; id++) {
                    long published = START.toEpochMilli() + id * DAY_MS / ITEMS_PER_DAY;
                    String title = title(random);
                    recent[id % recent.length] = title;
                    story.setLong(1, id);
                    story.setString(2, "urn:rawafid:story:bench" + id);
                    story.setLong(3, id);
                    story.setLong(4, published);
                    story.setLong(5, published);
                    story.addBatch();
                    item.setLong(1, id);
                    item.setString(2, "s" + (id % 40));
                    item.setString(3, "k" + id);
                    item.setString(4, title);
                    item.setString(5, HTML);
                    item.setLong(6, published);
                    item.setLong(7, published);
                    item.setLong(8, published);
                    item.setLong(9, id);
                    Fingerprint f = fingerprinter.fingerprint(Text.ofTitle(title));
                    if (UNSIGNED) {
                        item.setNull(10, java.sql.Types.BLOB);
                        item.setNull(11, java.sql.Types.INTEGER);
                    } else {
                        java.nio.ByteBuffer signature = java.nio.ByteBuffer.allocate(f.bands().length * Long.BYTES);
                        for (long band : f.bands()) {
                            signature.putLong(band);
                        }
                        item.setBytes(10, signature.array());
                        item.setInt(11, Fingerprinter.SIGNATURE_VERSION);
                    }
                    item.addBatch();
                    if (id % 5_000 == 0 || id == stored) {
                        story.executeBatch();
                        item.executeBatch();
                    }
                }
            }
            c.commit();
        }
    }

    /** The connection settings of {@link Database} plus a bigger page cache and memory-mapped reads. */
    private static DataSource tuned(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setCacheSize(-CACHE_MB * 1024);
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(CACHE_MB * 1024L * 1024L * 64));
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    private static NewItem insertItem(JdbcClient jdbc, String source, String key, String title, Instant published) {
        long id = jdbc.sql("""
                        INSERT INTO item (source_id, item_key, title, content_html, summary, categories,
                                          published_at, updated_at, first_seen_at, content_hash)
                        VALUES (:s, :k, :t, '', '', '', :p, :p, :p, 'h') RETURNING id""")
                .param("s", source).param("k", key).param("t", title).param("p", published.toEpochMilli())
                .query(Long.class).single();
        return new NewItem(id, source, key, null, title, "", published);
    }

    /**
     * Eight words: two from the 200 most common (names and places that many stories share),
     * six from the whole vocabulary.
     */
    private String title(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 8; w++) {
            int bound = w < 2 ? 200 : vocabulary.length;
            sb.append(vocabulary[random.nextInt(bound)]).append(' ');
        }
        return sb.toString().strip();
    }

    /** Another outlet's take on a recent title: one word replaced. */
    private String retold(String title, SplittableRandom random) {
        String[] words = title.split(" ");
        words[random.nextInt(words.length)] = vocabulary[random.nextInt(vocabulary.length)];
        return String.join(" ", words);
    }

    private static String[] vocabulary(int size, SplittableRandom random) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            int len = 4 + random.nextInt(4);
            for (int j = 0; j < len; j++) {
                w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            words[i] = w.toString();
        }
        return words;
    }
}
