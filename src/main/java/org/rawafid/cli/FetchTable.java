package org.rawafid.cli;

import org.rawafid.model.ControlEscapes;

import org.rawafid.refresh.RefreshReport;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code rawafid fetch} ends with: source, outcome, HTTP status, new, updated,
 * duration, error. Column widths follow the content; errors are never cut.
 */
final class FetchTable {
    private static final String[] HEADER = {"SOURCE", "OUTCOME", "HTTP", "NEW", "UPDATED", "TIME", "ERROR"};

    private FetchTable() {
    }

    static void print(List<RefreshReport> reports, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RefreshReport r : reports) {
            rows.add(new String[]{r.sourceId(), r.outcome(), r.httpStatus() == null ? "-" : r.httpStatus().toString(),
                    Integer.toString(r.newItems()), Integer.toString(r.updatedItems()),
                    String.format("%.1fs", r.duration().toMillis() / 1000.0),
                    r.error() == null ? "" : ControlEscapes.escape(r.error())}); // one row, whatever the source sent
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                boolean last = c == row.length - 1;
                boolean numeric = c >= 2 && c <= 5;
                String cell = last ? row[c] : numeric ? pad(row[c], widths[c], true) : pad(row[c], widths[c], false);
                line.append(cell);
                if (!last) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
        long failed = reports.stream().filter(RefreshReport::isFailure).count();
        int fresh = reports.stream().mapToInt(RefreshReport::newItems).sum();
        int updated = reports.stream().mapToInt(RefreshReport::updatedItems).sum();
        out.printf("%d sources, %d failed, %d new items, %d updated%n", reports.size(), failed, fresh, updated);
        out.flush();
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }
}
