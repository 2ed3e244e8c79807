/*
 * What FTS5's merge setting does to queries (issue 16, migration V11): times the same MATCH queries
 * on databases FtsWriteCost.java kept (-Dkeep=DIR2), which hold the same terms written the same
 * way except for the variant: the first page (50 newest hits) and the count of words of the
 * items' titles and summaries (their search terms; every fifth query a two-word phrase), alternating the databases query by query.
 * Prints each database's segment count (distinct segments in item_terms_idx) and query p50 / p95 / mean in us.
 *   java -Xmx512m -cp target/rawafid.jar bench/FtsQueryCost.java DIR2/v10.db DIR2/v11.db [QUERIES]
 */
import java.sql.*;
import java.util.*;

public class FtsQueryCost {
    public static void main(String[] a) throws Exception {
        int n = a.length > 2 && a[a.length - 1].matches("\\d+") ? Integer.parseInt(a[a.length - 1]) : 400;
        List<String> dbs = Arrays.stream(a).filter(x -> !x.matches("\\d+")).toList();
        List<Connection> cs = new ArrayList<>();
        for (String db : dbs) cs.add(DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro"));
        List<String> queries = new ArrayList<>();
        Random random = new Random(1);
        List<String> docs = new ArrayList<>();
        org.rawafid.dedupe.ArabicNormalizer normalizer = new org.rawafid.dedupe.ArabicNormalizer();
        try (Statement s = cs.get(0).createStatement(); ResultSet rs = s.executeQuery(
                "SELECT title || ' ' || summary FROM item ORDER BY random() LIMIT 200")) {
            while (rs.next()) docs.add(rs.getString(1));
        }
        while (queries.size() < n) {
            String[] w = normalizer.searchTerms(docs.get(random.nextInt(docs.size()))).toArray(String[]::new);
            if (w.length < 3) continue;
            int i = random.nextInt(w.length - 1);
            queries.add(queries.size() % 5 == 4 ? "\"" + w[i] + " " + w[i + 1] + "\"" : "\"" + w[i] + "\"");
        }
        long[][] us = new long[cs.size()][queries.size()];
        long[] hits = new long[cs.size()];
        for (int round = 0; round < 2; round++) { // the first round warms the page cache and the JIT
            for (int q = 0; q < queries.size(); q++) {
                for (int d = 0; d < cs.size(); d++) {
                    long t0 = System.nanoTime(), h = 0;
                    try (PreparedStatement p = cs.get(d).prepareStatement(
                            "SELECT rowid FROM item_terms WHERE item_terms MATCH ? ORDER BY rowid DESC LIMIT 50")) {
                        p.setString(1, queries.get(q));
                        try (ResultSet rs = p.executeQuery()) { while (rs.next()) h++; }
                    }
                    try (PreparedStatement p = cs.get(d).prepareStatement(
                            "SELECT count(*) FROM item_terms WHERE item_terms MATCH ?")) {
                        p.setString(1, queries.get(q));
                        try (ResultSet rs = p.executeQuery()) { rs.next(); h += rs.getLong(1); }
                    }
                    us[d][q] = (System.nanoTime() - t0) / 1000;
                    if (round == 1) hits[d] += h;
                }
            }
        }
        for (int d = 0; d < cs.size(); d++) {
            long segments;
            try (Statement s = cs.get(d).createStatement(); ResultSet rs = s.executeQuery("SELECT count(DISTINCT segid) FROM item_terms_idx")) {
                rs.next(); segments = rs.getLong(1);
            }
            long[] sorted = us[d].clone(); Arrays.sort(sorted);
            System.out.printf("%-40s segments=%d queries=%d p50_us=%d p95_us=%d mean_us=%.0f hits=%d%n", dbs.get(d), segments,
                    sorted.length, sorted[sorted.length / 2], sorted[sorted.length * 95 / 100],
                    Arrays.stream(sorted).average().orElse(0), hits[d]);
        }
    }
}
