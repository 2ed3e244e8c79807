/*
 * What the search index adds to an item's write transaction on SQLite, by variant (issue 16; the
 * figures behind migrations V9 and V11). Reads the items of a database that
 * `rawafid bench search --keep DIR` made (DIR/plain.db), computes their terms (outside the timing),
 * then stores them again, TX items per transaction (default 30; the group commit makes 30-2,000),
 * into one fresh database per variant, the variants alternating transaction by transaction, each
 * doing what search.SearchRepository did at V9-V11: per item the item insert and PUT_KEY_SQL (prepared
 * once per transaction), at commit the SELECT that checks the keys, then the terms into FTS5 in key
 * order (one batch). Prints wall and thread-CPU microseconds per item, and the difference to the
 * first variant (give "plain" first: the items alone).
 *   java -Xmx512m -cp target/rawafid.jar bench/FtsWriteCost.java DIR/plain.db ROUNDS VARIANTS [TX]
 *   e.g. ... DIR/plain.db 4 plain,v10,v11,v10+am8,v10+nocheck,v10+keyonly 100
 * With -Dkeep=DIR2 (before the file name) the variants' databases are kept in DIR2 (for FtsQueryCost.java).
 * Variants: plain (no index), v10 (migrations V9/V10: FTS5 automerge 4, its default), v11 (V11:
 * automerge 16), rid (item_search keyed by sort_key, item_id UNIQUE); modifiers: +amN / +cmN / +pgN
 * (FTS5 automerge, crisismerge, pgsz), +nocheck (no commit-time SELECT), +keyonly (item_search
 * only, no FTS5), +noret (PUT_KEY_SQL without RETURNING), +javakey (a plain INSERT .. VALUES of a
 * key computed in Java; not the exact slot, cost only).
 *
 * Measured 2026-12-06 18:28-18:31 UTC (5,000 generator items, ~110 terms each, load 8-12 on 2 cores;
 * thread CPU per item added to plain's 25-30 us, one run each unless said):
 *   TX=5:    v10 +125, v10+am16 +113, keyonly +32 (per transaction ~400 us of fixed cost)
 *   TX=30:   v10 +55..59, +nocheck +57, +keyonly +8..11, +noret +64, +javakey +60, rid +62,
 *            +am0 (crisismerge 16 still merges) +48, +am8 +55, +am16 +47, +pgsz 8000 +59
 *   TX=100:  v10 +54.3 / +54.6, +am8 +48.2 / +47.8, +am16 +41.1 / +40.7 (two runs in one)
 *   TX=300:  v10 +46.8, +am8 +38.5, +am16 +41.0, +am0+cm64 +41.6, +keyonly +8.4
 *   TX=1000: v10 +29.6, +am16 +22.6, +keyonly +6.8
 * With V11 (18:46-19:01, load 6-12; "v11" = v10+am16): TX=30, 4 rounds: v10 +64.8, v11 +57.8; TX=200,
 * 3 rounds: v10 +41.4, v11 +34.4, v10+am8 +34.8; TX=100, 3 rounds: v10 +45.2, v11 +34.9, v11+cm64 +35.2,
 * v10+am32+cm64 +36.1 (no gain past 16).
 * So: the key (item_search, two B-trees) is ~8-10 us, the commit-time check ~2; FTS5 the rest, of
 * which merging segments 4 at a time ~13 us: V11 merges them 16 at a time. columnsize=0 is refused
 * with contentless_delete=1 (SQLite 3.47.2), and detail=column/none would lose phrases.
 * Since V12 (seventh round) there is no item_search: an item's key is computed from its row (its
 * publication minute << 36 | its id) and rolled-back puts are dropped by following the savepoints,
 * so the variants here describe the schema before it. In the warm pipeline (instrumented jars, thread
 * CPU) the key statement cost 20-24 us per item, not the 8-10 of this loop: the pipeline's other
 * work between two items' statements leaves SQLite's pages and statement cold.
 * Earlier (V7/V8 variants, 1,000 items per transaction; the program of commit 69088bd): a segment
 * per item when item inserts ran between FTS5 inserts, fts +100 us vs +36 us at commit; the ascii
 * tokenizer about -20 us against unicode61; preparing PUT_KEY_SQL per item ~35 us of parse and plan.
 */
import org.jsoup.Jsoup;
import org.rawafid.dedupe.ArabicNormalizer;
import java.sql.*;
import java.nio.file.*;
import java.util.*;
import java.lang.management.*;

public class FtsWriteCost {
    static final String ITEM = """
CREATE TABLE item (id INTEGER PRIMARY KEY, source_id VARCHAR(64) NOT NULL, item_key TEXT NOT NULL, guid TEXT, link TEXT,
 canonical_link TEXT, title TEXT NOT NULL, content_html TEXT NOT NULL, summary TEXT NOT NULL, author TEXT, image_url TEXT,
 categories TEXT NOT NULL, published_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, first_seen_at BIGINT NOT NULL,
 content_hash VARCHAR(64) NOT NULL, story_id BIGINT, story_signature BLOB, signature_version INTEGER, UNIQUE (source_id, item_key));
CREATE INDEX item_published ON item (published_at);
CREATE INDEX item_source_published ON item (source_id, published_at);
CREATE INDEX item_story ON item (story_id);
CREATE INDEX item_canonical ON item (canonical_link);
""";
    static final String V9 = """
CREATE TABLE item_search (item_id INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE, sort_key INTEGER NOT NULL UNIQUE);
CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');
CREATE TRIGGER item_search_deleted AFTER DELETE ON item_search BEGIN DELETE FROM item_terms WHERE rowid = old.sort_key; END;
CREATE TRIGGER item_search_moved AFTER UPDATE OF sort_key ON item_search BEGIN DELETE FROM item_terms WHERE rowid = old.sort_key; END;
""";
    static final String PUT_KEY = "INSERT INTO item_search (item_id, sort_key)"
            + " SELECT k.id, COALESCE((SELECT max(s.sort_key) + 1 FROM item_search s"
            + " WHERE s.sort_key BETWEEN k.base AND k.base + 1048575), k.base)"
            + " FROM (SELECT id, max(0, min(published_at, 8796093022207)) << 20"
            + " AS base FROM item WHERE id = ?1) k WHERE true"
            + " ON CONFLICT (item_id) DO UPDATE SET sort_key = excluded.sort_key RETURNING sort_key";
    static final String PUT_KEY_NORET = PUT_KEY.replace(" RETURNING sort_key", "");
    static final String TERMS = "INSERT INTO item_terms (rowid, terms) VALUES (?, ?)";

    public static void main(String[] a) throws Exception {
        String src = a[0]; int rounds = Integer.parseInt(a[1]); List<String> names = List.of(a[2].split(","));
        int tx = a.length > 3 ? Integer.parseInt(a[3]) : 30;
        List<Object[]> rows = new ArrayList<>(); List<String> terms = new ArrayList<>();
        ArabicNormalizer n = new ArabicNormalizer();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + src); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_id,item_key,guid,link,canonical_link,title,content_html,summary,author,image_url,categories,published_at,updated_at,first_seen_at,content_hash FROM item ORDER BY id")) {
            while (rs.next()) {
                Object[] r = new Object[15];
                for (int i = 0; i < 15; i++) r[i] = rs.getObject(i + 1);
                rows.add(r);
                terms.add(String.join(" ", n.searchTerms(r[5] + "\n" + Jsoup.parseBodyFragment((String) r[6]).text())));
            }
        }
        Path dir = System.getProperty("keep") != null ? Files.createDirectories(Path.of(System.getProperty("keep"))) : Files.createTempDirectory("fts");
        Map<String, Connection> cs = new LinkedHashMap<>(); Map<String, double[]> secs = new LinkedHashMap<>();
        for (String v : names) {
            if (!v.matches("(plain|v10|v11|rid)(\\+(am\\d+|cm\\d+|pg\\d+|nocheck|keyonly|noret|javakey))*")) throw new IllegalArgumentException("variant: " + v);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(v + ".db"));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL"); s.execute("PRAGMA synchronous=NORMAL"); s.execute("PRAGMA foreign_keys=ON");
                String ddl = ITEM + (v.equals("plain") ? "" : v.startsWith("rid") ? V9.replace("item_id INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE, sort_key INTEGER NOT NULL UNIQUE", "sort_key INTEGER PRIMARY KEY, item_id INTEGER NOT NULL UNIQUE REFERENCES item (id) ON DELETE CASCADE") : V9);
                for (String q : ddl.split(";\n(?=CREATE)")) if (!q.isBlank()) s.execute(q);
                if (v.startsWith("v11")) s.execute("INSERT INTO item_terms(item_terms, rank) VALUES('automerge', 16)");
                for (var m : java.util.regex.Pattern.compile("(am|cm|pg)(\\d+)").matcher(v).results().toList())
                    s.execute("INSERT INTO item_terms(item_terms, rank) VALUES('" + Map.of("am", "automerge", "cm", "crisismerge", "pg", "pgsz").get(m.group(1)) + "', " + m.group(2) + ")");
            }
            c.setAutoCommit(false); cs.put(v, c); secs.put(v, new double[2]);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int total = 0;
        for (int round = 0; round < rounds; round++) {
            for (int at = 0; at < rows.size(); at += tx) {
                int to = Math.min(rows.size(), at + tx);
                for (String v : names) {
                    Connection c = cs.get(v);
                    long t0 = System.nanoTime(), cpu0 = mx.getCurrentThreadCpuTime();
                    TreeMap<Long, String> byKey = new TreeMap<>(); Map<Long, Long> itemOf = new HashMap<>();
                    try (PreparedStatement ins = c.prepareStatement("INSERT INTO item (source_id,item_key,guid,link,canonical_link,title,content_html,summary,author,image_url,categories,published_at,updated_at,first_seen_at,content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (source_id, item_key) DO NOTHING RETURNING id")) {
                        PreparedStatement key = v.equals("plain") ? null : c.prepareStatement(v.contains("javakey") ? "INSERT INTO item_search (item_id, sort_key) VALUES (?, ?) ON CONFLICT (item_id) DO UPDATE SET sort_key = excluded.sort_key" : v.contains("noret") ? PUT_KEY_NORET : PUT_KEY);
                        for (int i = at; i < to; i++) {
                            Object[] r = rows.get(i);
                            for (int k = 0; k < 15; k++) ins.setObject(k + 1, k == 1 ? r[k] + "-" + round : r[k]);
                            long id; try (ResultSet rs = ins.executeQuery()) { rs.next(); id = rs.getLong(1); }
                            if (key == null) continue;
                            long k;
                            if (v.contains("javakey")) { k = (((Number) r[11]).longValue() << 20) + ((round * rows.size() + i) & 1048575); key.setLong(1, id); key.setLong(2, k); key.executeUpdate(); }
                            else if (v.contains("noret")) { key.setLong(1, id); key.executeUpdate(); k = (((Number) r[11]).longValue() << 20) + ((round * rows.size() + i) & 1048575); }
                            else { key.setLong(1, id); k = -1; try (ResultSet rs = key.executeQuery()) { while (rs.next()) k = rs.getLong(1); } }
                                                        byKey.put(k, terms.get(i)); itemOf.put(k, id);
                        }
                        if (key != null) key.close();
                    }
                    if (!v.equals("plain") && !v.contains("keyonly")) {
                        Map<Long, Long> cur = new HashMap<>();
                        if (!v.contains("nocheck")) {
                            List<Long> ids = List.copyOf(new HashSet<>(itemOf.values()));
                            StringJoiner q = new StringJoiner(",", "SELECT item_id, sort_key FROM item_search WHERE item_id IN (", ")");
                            ids.forEach(x -> q.add("?"));
                            try (PreparedStatement p = c.prepareStatement(q.toString())) {
                                for (int i = 0; i < ids.size(); i++) p.setLong(i + 1, ids.get(i));
                                try (ResultSet rs = p.executeQuery()) { while (rs.next()) cur.put(rs.getLong(1), rs.getLong(2)); }
                            }
                        }
                        try (PreparedStatement p = c.prepareStatement(TERMS)) {
                            for (var e : byKey.entrySet()) {
                                if (!v.contains("nocheck") && !v.contains("javakey") && !v.contains("noret") && !e.getKey().equals(cur.get(itemOf.get(e.getKey())))) throw new IllegalStateException();
                                p.setLong(1, e.getKey()); p.setString(2, e.getValue()); p.addBatch();
                            }
                            p.executeBatch();
                        }
                    }
                    c.commit();
                    secs.get(v)[0] += (System.nanoTime() - t0) / 1e9; secs.get(v)[1] += (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                }
                total += to - at;
            }
        }
        double[] base = secs.get(names.get(0));
        for (var e : secs.entrySet()) System.out.printf("%-16s us/item=%6.1f (%+6.1f)  cpu_us/item=%6.1f (%+6.1f)%n", e.getKey(),
                1e6 * e.getValue()[0] / total, 1e6 * (e.getValue()[0] - base[0]) / total, 1e6 * e.getValue()[1] / total, 1e6 * (e.getValue()[1] - base[1]) / total);
        for (var c : cs.values()) c.close();
        for (String v : names) System.out.printf("%s size=%d%n", v, Files.size(dir.resolve(v + ".db")) + (Files.exists(dir.resolve(v + ".db-wal")) ? Files.size(dir.resolve(v + ".db-wal")) : 0));
    }
}
