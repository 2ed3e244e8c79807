package org.rawafid.dedupe;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * {@code rawafid similar --pairs FILE.csv}: reads rows {@code s1,s2[,label]} (RFC 4180,
 * header optional), writes {@code s1,s2,label,score,decision} rows with the decision of
 * {@link PairJudge#similar} ({@code same} or {@code different}, score to 3 decimals), and
 * returns the counts for a summary. Labels {@code agree same 1 true yes} are positives;
 * {@code other different unrelated 0 false no} negatives; {@code disagree} (same event, a
 * changed fact) is kept out of precision/recall and counted on its own.
 */
public final class PairsCsv {
    private static final Set<String> POSITIVE = Set.of("agree", "same", "1", "true", "yes");
    private static final Set<String> NEGATIVE = Set.of("other", "different", "unrelated", "0", "false", "no");
    private static final String DISAGREE = "disagree";

    private final PairJudge judge;

    public PairsCsv(PairJudge judge) {
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    /** Counts of one run; precision and recall are NaN when no labelled pair allows them. */
    public record Summary(int pairs, int same, int truePositives, int falsePositives, int falseNegatives,
                          int trueNegatives, int disagree, int disagreeMerged) {
        public int labelled() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? Double.NaN
                    : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? Double.NaN
                    : truePositives / (double) (truePositives + falseNegatives);
        }

        /** One line for stderr, e.g. {@code pairs=100 same=40 labelled=90 precision=0.950 recall=0.880 …}. */
        public String describe() {
            return String.format(Locale.ROOT, "pairs=%d same=%d labelled=%d precision=%.3f recall=%.3f tp=%d fp=%d"
                            + " fn=%d tn=%d disagree=%d disagree_merged=%d", pairs, same, labelled(), precision(),
                    recall(), truePositives, falsePositives, falseNegatives, trueNegatives, disagree, disagreeMerged);
        }
    }

    public Summary run(Reader csvIn, Writer csvOut) {
        Objects.requireNonNull(csvIn, "csvIn");
        Objects.requireNonNull(csvOut, "csvOut");
        CsvRecords records = new CsvRecords(csvIn);
        int[] c = new int[8];
        try {
            csvOut.write("s1,s2,label,score,decision\r\n");
            int row = 0;
            for (List<String> r = records.next(); r != null; r = records.next()) {
                row++;
                if (row == 1 && !r.isEmpty() && r.get(0).startsWith("\uFEFF")) {
                    r.set(0, r.get(0).substring(1)); // byte order mark of spreadsheet exports
                }
                if (row == 1 && isHeader(r)) {
                    continue;
                }
                if (r.size() < 2) {
                    throw new DedupeException("pairs CSV record " + row + ": expected s1,s2[,label], got " + r.size()
                            + " field");
                }
                String label = r.size() > 2 ? r.get(2).strip().toLowerCase(Locale.ROOT) : "";
                Comparison result = judge.similar(r.get(0), r.get(1));
                count(c, label, result.sameStory(), row);
                write(csvOut, r.get(0), r.get(1), r.size() > 2 ? r.get(2) : "", result);
            }
            csvOut.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    private static boolean isHeader(List<String> r) {
        return r.size() >= 2 && r.get(0).strip().equalsIgnoreCase("s1") && r.get(1).strip().equalsIgnoreCase("s2");
    }

    private static void count(int[] c, String label, boolean same, int row) {
        c[0]++;
        c[1] += same ? 1 : 0;
        if (POSITIVE.contains(label)) {
            c[same ? 2 : 4]++;
        } else if (NEGATIVE.contains(label)) {
            c[same ? 3 : 5]++;
        } else if (label.equals(DISAGREE)) {
            c[6]++;
            c[7] += same ? 1 : 0;
        } else if (!label.isEmpty()) {
            throw new DedupeException("pairs CSV record " + row + ": unknown label \"" + label
                    + "\" (use agree/same, other/different or disagree)");
        }
    }

    private static void write(Writer out, String s1, String s2, String label, Comparison result) throws IOException {
        out.write(field(s1) + ',' + field(s2) + ',' + field(label) + ','
                + String.format(Locale.ROOT, "%.3f", result.score()) + ','
                + (result.sameStory() ? "same" : "different") + "\r\n");
    }

    private static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
