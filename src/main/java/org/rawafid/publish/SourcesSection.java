package org.rawafid.publish;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sources part of the index page. Up to {@link IndexPage#COLLAPSE_ABOVE} sources it is one
 * table; beyond that the overview shows a count by status and lists only the sources that need
 * attention (failing, gone, rate-limited, moved), healthy ones counted, with the full list in
 * pages of {@link IndexPage#PAGE_SIZE} ({@code ?page=N}): 5,000 rows were 3.4 MB on every visit.
 */
final class SourcesSection {
    private SourcesSection() {
    }

    static String render(IndexView view) {
        List<SourceHealth> all = view.sources();
        if (all.isEmpty()) {
            return "<p>لا توجد مصادر مُعرّفة.</p>\n";
        }
        if (view.page() > 0) {
            int from = (view.page() - 1) * IndexPage.PAGE_SIZE;
            List<SourceHealth> rows = all.subList(Math.min(from, all.size()), Math.min(from + IndexPage.PAGE_SIZE, all.size()));
            return summary(view) + pager(view) + table(rows, view) + pager(view);
        }
        if (view.page() == IndexView.ALL || all.size() <= IndexPage.COLLAPSE_ABOVE) {
            return table(all, view);
        }
        List<SourceHealth> attention = all.stream().filter(SourcesSection::needsAttention).toList();
        StringBuilder html = new StringBuilder(summary(view));
        if (attention.isEmpty()) {
            html.append("<p>لا مصدر يحتاج إلى انتباه.</p>\n");
        } else {
            List<SourceHealth> shown = attention.subList(0, Math.min(attention.size(), IndexPage.PAGE_SIZE));
            html.append("<h3>مصادر تحتاج إلى انتباه (").append(ArabicTime.digits(attention.size())).append(")</h3>\n")
                    .append(table(shown, view));
            if (shown.size() < attention.size()) {
                html.append("<p>و").append(ArabicTime.digits(attention.size() - shown.size()))
                        .append(" مصدراً آخر؛ انظر القائمة الكاملة.</p>\n");
            }
        }
        return html.append("<p><a href=\"?page=1\">كل المصادر (").append(ArabicTime.digits(all.size()))
                .append(") في ").append(ArabicTime.digits(view.pages())).append(" صفحة</a></p>\n").toString();
    }

    /** Failing, gone, rate-limited or moved: what an admin must act on. */
    private static boolean needsAttention(SourceHealth s) {
        return s.status().colour().equals("bad") || s.status().colour().equals("warn");
    }

    private static String summary(IndexView view) {
        Map<SourceHealth.Status, Integer> counts = new EnumMap<>(SourceHealth.Status.class);
        view.sources().forEach(s -> counts.merge(s.status(), 1, Integer::sum));
        StringBuilder html = new StringBuilder("<ul class=\"subscribe status-summary\">");
        counts.forEach((status, n) -> html.append("<li><span class=\"status status-").append(status.colour())
                .append("\">").append(Markup.escape(status.label())).append("</span> ")
                .append(ArabicTime.digits(n)).append("</li>"));
        return html.append("</ul>\n").toString();
    }

    private static String pager(IndexView view) {
        StringBuilder html = new StringBuilder("<nav class=\"pager\"><span>");
        if (view.page() > 1) {
            html.append("<a rel=\"prev\" href=\"?page=").append(view.page() - 1).append("\">السابق</a>");
        } else {
            html.append("<a href=\"./\">الملخّص</a>");
        }
        html.append("</span><span>صفحة ").append(ArabicTime.digits(view.page())).append(" من ")
                .append(ArabicTime.digits(view.pages())).append("</span><span>");
        if (view.page() < view.pages()) {
            html.append("<a rel=\"next\" href=\"?page=").append(view.page() + 1).append("\">التالي</a>");
        }
        return html.append("</span></nav>\n").toString();
    }

    private static String table(List<SourceHealth> rows, IndexView view) {
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\">\n<table>\n<thead><tr>")
                .append("<th>المصدر</th><th>الحالة</th><th>آخر جلب</th><th>آخر خطأ</th><th>العناصر</th><th>الجلب التالي</th>")
                .append("</tr></thead>\n<tbody>\n");
        rows.forEach(source -> html.append(SourceRow.render(source, view.now())));
        return html.append("</tbody>\n</table>\n</div>\n").toString();
    }
}
