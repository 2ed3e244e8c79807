/*
 * What the FTS5 index adds to the store step, by variant (issue 16; the figures behind migration V9):
 * reads the items of a database that `rawafid bench search --keep DIR` made (DIR/plain.db), computes
 * their terms, then stores them again, 1,000 per transaction, into one fresh database per variant,
 * the variants alternating block by block; prints wall and thread-CPU microseconds per item against
 * the items alone ("plain"). Variants: v7 (the V7/V8 view + trigger, unicode61), v7asc (the same with
 * the ascii tokenizer), fts/ftsA (the FTS5 insert alone, right after each item: unicode61/ascii),
 * ftsSep (the same inserts after all the block's items: what V9 does at commit), map (item_search
 * alone), none/noneD (detail=none, all terms / each distinct term once), ...
 *   java -Xmx512m -cp target/rawafid.jar bench/FtsWriteCost.java DIR/plain.db 2 plain,v7,v7asc,fts,ftsA,ftsSep,map
 * Measured 2026-12-06 (10,000 generator items, 110 terms each; load 9-10 on 2 cores): thread CPU per
 * item plain 25-27 us; fts +100 us (a segment per item: the item insert between two index inserts
 * makes FTS5 write its pending terms out), ftsSep +36 us, ascii instead of unicode61 about -20 us.
 * Not measured here (statements are prepared once): through Spring each put prepared PUT_KEY_SQL
 * again, ~40 us per item of which ~35 us parse and plan (6 us reused; sqlite-jdbc 13:05, load 15);
 * since hS it is prepared once per transaction (SearchRepository.Pending). FTS5 automerge 8/16
 * instead of 4 saved 5-15 % of the insert's ~55 us (239 terms, 30 items per transaction) and
 * detail=column nothing: not worth a migration.
 */
import org.jsoup.Jsoup;
import org.rawafid.dedupe.ArabicNormalizer;
import java.sql.*;
import java.nio.file.*;
import java.util.*;

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
    static String index(String ftsOpts) { return """
CREATE TABLE item_search (item_id INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE, sort_key INTEGER NOT NULL UNIQUE);
CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', contentless_delete=1 %s, tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER item_search_deleted AFTER DELETE ON item_search BEGIN DELETE FROM item_terms WHERE rowid = old.sort_key; END;
CREATE VIEW item_index (item_id, terms) AS SELECT item_id, NULL FROM item_search;
CREATE TRIGGER item_index_put INSTEAD OF INSERT ON item_index BEGIN
    DELETE FROM item_search WHERE item_id = new.item_id;
    INSERT INTO item_search (item_id, sort_key)
    SELECT new.item_id, COALESCE((SELECT max(sort_key) + 1 FROM item_search
                                  WHERE sort_key BETWEEN k.base AND k.base + 1048575), k.base)
    FROM (SELECT max(0, min(published_at, 8796093022207)) << 20 AS base FROM item WHERE id = new.item_id) k;
    INSERT INTO item_terms (rowid, terms) SELECT sort_key, new.terms FROM item_search WHERE item_id = new.item_id;
END;
""".formatted(ftsOpts); }

    static String ddl(String o) {
        if (o == null) return "";
        return switch (o) {
            case "FTSA" -> "CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');\n";
            case "FTS" -> "CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');\n";
            case "FTSASCII" -> "CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', contentless_delete=1, tokenize='ascii');\n";
            case "FTSNODEL" -> "CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', columnsize=0, tokenize='unicode61 remove_diacritics 0');\n";
            case "FTSNONE" -> "CREATE VIRTUAL TABLE item_terms USING fts5(terms, content='', columnsize=0, detail=none, tokenize='unicode61 remove_diacritics 0');\n";
            case "MAP" -> "CREATE TABLE item_search (item_id INTEGER PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE, sort_key INTEGER NOT NULL UNIQUE);\n";
            case "ASC" -> index("").replace("unicode61 remove_diacritics 0", "ascii");
            case "ASCNONE" -> index(", detail=none").replace("unicode61 remove_diacritics 0", "ascii");
            default -> index(o);
        };
    }
    record V(String name, String opts, boolean distinct, String insert) {}

    public static void main(String[] a) throws Exception {
        String src = a[0]; int rounds = Integer.parseInt(a[1]);
        List<Object[]> rows = new ArrayList<>();
        List<String> full = new ArrayList<>(), distinct = new ArrayList<>();
        ArabicNormalizer n = new ArabicNormalizer();
        long tokens = 0, dtokens = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + src); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source_id,item_key,guid,link,canonical_link,title,content_html,summary,author,image_url,categories,published_at,updated_at,first_seen_at,content_hash FROM item ORDER BY id")) {
            while (rs.next()) {
                Object[] r = new Object[15];
                for (int i = 0; i < 15; i++) r[i] = rs.getObject(i + 1);
                rows.add(r);
                String text = Jsoup.parseBodyFragment((String) r[6]).text();
                List<String> t = n.searchTerms(r[5] + "\n" + text);
                full.add(String.join(" ", t));
                LinkedHashSet<String> d = new LinkedHashSet<>(t);
                distinct.add(String.join(" ", d));
                tokens += t.size(); dtokens += d.size();
            }
        }
        System.out.printf("items=%d tokens/item=%.1f distinct/item=%.1f%n", rows.size(), (double) tokens / rows.size(), (double) dtokens / rows.size());
        String view = "INSERT INTO item_index (item_id, terms) VALUES (?, ?)";
        List<V> vs = List.of(
            new V("plain", null, false, null),
            new V("v7", "", false, view),
            new V("cs0", "", false, view),
            new V("col", ", detail=column", false, view),
            new V("none", ", detail=none", false, view),
            new V("noneD", ", detail=none", true, view),
            new V("cs0pg", "", false, view),
            new V("v7asc", "ASC", false, view),
            new V("v7ascNoneD", "ASCNONE", true, view),
            new V("java2", "ASC", false, "J2"),
            new V("fts", "FTS", false, "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)"),
            new V("ftsD", "FTS", true, "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)"),
            new V("ftsAm0", "FTS", false, "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)"),
            new V("ftsAsc", "FTSASCII", false, "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)"),
            new V("ftsNoDel", "FTSNODEL", false, "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)"),
            new V("ftsNone", "FTSNONE", false, "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)"),
            new V("ftsA", "FTSA", false, "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)"),
            new V("ftsSep", "FTS", false, "SEP"),
            new V("map", "MAP", false, "INSERT INTO item_search(item_id, sort_key) VALUES (?, ?)"));
        for (String only : a.length > 2 ? a[2].split(",") : new String[0]) {}
        Set<String> pick = a.length > 2 ? Set.of(a[2].split(",")) : null;
        Map<String, Connection> cs = new LinkedHashMap<>();
        Map<String, double[]> secs = new LinkedHashMap<>();
        Path dir = Files.createTempDirectory("fts");
        for (V v : vs) {
            if (pick != null && !pick.contains(v.name)) continue;
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(v.name + ".db"));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL"); s.execute("PRAGMA synchronous=NORMAL"); s.execute("PRAGMA foreign_keys=ON"); if (System.getenv("CACHE") != null) s.execute("PRAGMA cache_size=" + System.getenv("CACHE"));
                if (System.getenv("MMAP") != null) s.execute("PRAGMA mmap_size=" + System.getenv("MMAP"));
                for (String q : (ITEM + ddl(v.opts)).split(";\n(?=CREATE)")) if (!q.isBlank()) s.execute(q);
                if (System.getenv("AUTOMERGE") != null && v.opts != null && !v.opts.equals("MAP")) s.execute("INSERT INTO item_terms(item_terms, rank) VALUES('automerge', " + System.getenv("AUTOMERGE") + ")");
                if (v.name.equals("ftsAm0")) s.execute("INSERT INTO item_terms(item_terms, rank) VALUES('automerge', 0)");
                if (v.name.equals("cs0pg")) s.execute("INSERT INTO item_terms(item_terms, rank) VALUES('pgsz', 4050)");
            }
            c.setAutoCommit(false);
            cs.put(v.name, c); secs.put(v.name, new double[2]);
        }
        int total = 0;
        for (int round = 0; round < rounds; round++) {
            for (int at = 0; at < rows.size(); at += 1000) {
                int to = Math.min(rows.size(), at + 1000);
                for (V v : vs) {
                    Connection c = cs.get(v.name); if (c == null) continue;
                    long t0 = System.nanoTime(); long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    try (PreparedStatement ins = c.prepareStatement("INSERT INTO item (source_id,item_key,guid,link,canonical_link,title,content_html,summary,author,image_url,categories,published_at,updated_at,first_seen_at,content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
                         PreparedStatement idx = v.insert == null ? null : c.prepareStatement(v.insert.equals("SEP") ? "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)" : v.insert.equals("J2") ? "INSERT INTO item_search (item_id, sort_key) SELECT ?1, COALESCE((SELECT max(sort_key) + 1 FROM item_search WHERE sort_key BETWEEN k.base AND k.base + 1048575), k.base) FROM (SELECT max(0, min(published_at, 8796093022207)) << 20 AS base FROM item WHERE id = ?1) k RETURNING sort_key" : v.insert);
                         PreparedStatement idx2 = c.prepareStatement(v.insert != null && v.insert.equals("J2") ? "INSERT INTO item_terms(rowid, terms) VALUES (?, ?)" : "SELECT 1")) {
                        List<Long> sepIds = new ArrayList<>();
                        for (int i = at; i < to; i++) {
                            Object[] r = rows.get(i);
                            for (int k = 0; k < 15; k++) ins.setObject(k + 1, k == 1 ? r[k] + "-" + round : r[k]);
                            long id; try (ResultSet rs = ins.executeQuery()) { rs.next(); id = rs.getLong(1); }
                            if (idx != null && v.insert.equals("SEP")) { sepIds.add(id); } else if (idx != null && v.insert.equals("J2")) { idx.setLong(1, id); long key; try (ResultSet rs = idx.executeQuery()) { rs.next(); key = rs.getLong(1); } idx2.setLong(1, key); idx2.setString(2, full.get(i)); idx2.executeUpdate(); } else if (idx != null) { idx.setLong(1, v.name.equals("map") ? id : id); if (v.name.equals("map")) idx.setLong(2, id << 20); else idx.setString(2, (v.distinct ? distinct : full).get(i)); idx.executeUpdate(); }
                        }
                    }
                    if (v.insert != null && v.insert.equals("SEP")) try (PreparedStatement q = c.prepareStatement("INSERT INTO item_terms(rowid, terms) VALUES (?, ?)")) { for (int i = at; i < to; i++) { q.setLong(1, (long) round * rows.size() + i + 1); q.setString(2, full.get(i)); q.executeUpdate(); } }
                    c.commit();
                    secs.get(v.name)[0] += (System.nanoTime() - t0) / 1e9; secs.get(v.name)[1] += (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
                }
                total += to - at;
            }
        }
        double base = secs.get("plain")[0];
        for (var e : secs.entrySet()) System.out.printf("%-10s %7.0f items/s  %+6.1f%%  us/item=%.1f cpu_us/item=%.1f cpu%+6.1f%%%n", e.getKey(), total / e.getValue()[0], 100 * (e.getValue()[0] / base - 1), 1e6 * e.getValue()[0] / total, 1e6 * e.getValue()[1] / total, 100 * (e.getValue()[1] / secs.get("plain")[1] - 1));
        for (var e : cs.entrySet()) { e.getValue().close(); }
        for (var e : cs.keySet()) System.out.printf("%s size=%d%n", e, Files.size(dir.resolve(e + ".db")) + (Files.exists(dir.resolve(e + ".db-wal")) ? Files.size(dir.resolve(e + ".db-wal")) : 0));
    }
}
