package org.rawafid.publish;

import java.time.Instant;

/** One row of the index page's sources table, with its notices (moved, charset, disabled). */
final class SourceRow {
    private SourceRow() {
    }

    static String render(SourceHealth source, Instant now) {
        SourceHealth.Status status = source.status();
        return "<tr>"
                + "<td class=\"url\"><strong>" + Markup.escape(source.title()) + "</strong><br>"
                + HtmlPage.urlLink(source.url()) + notices(source) + "</td>"
                + "<td data-label=\"الحالة\"><span class=\"status status-" + status.colour() + "\">" + Markup.escape(status.label())
                + "</span></td>"
                + "<td class=\"when\" data-label=\"آخر جلب\">" + (source.lastFetch() == null ? "—"
                : IndexPage.time("", source.lastFetch(), ArabicTime.relative(source.lastFetch(), now))) + "</td>"
                + "<td class=\"err\" data-label=\"آخر خطأ\">" + (source.lastError() == null ? "—"
                : "<span dir=\"auto\">" + Markup.escape(source.lastError()) + "</span>") + "</td>"
                + "<td class=\"num\" data-label=\"العناصر\">" + ArabicTime.digits(source.items()) + "</td>"
                + "<td class=\"when\" data-label=\"الجلب التالي\">" + (source.nextFetch() == null ? "—"
                : IndexPage.time("", source.nextFetch(), ArabicTime.until(source.nextFetch(), now))) + "</td>"
                + "</tr>\n";
    }

    private static String notices(SourceHealth source) {
        StringBuilder html = new StringBuilder();
        if (source.movedTo() != null) {
            html.append("<span class=\"notice\">انتقل إلى ").append(HtmlPage.urlLink(source.movedTo()))
                    .append("</span>");
        }
        if (source.isCharsetMislabelled()) {
            html.append("<span class=\"notice\">الترميز المُعلن ").append(Markup.escape(source.declaredCharset()))
                    .append("، والمستخدم ").append(Markup.escape(source.usedCharset())).append("</span>");
        }
        if (source.disabledReason() != null) {
            html.append("<span class=\"notice\">معطَّل: ").append(Markup.escape(source.disabledReason()))
                    .append("</span>");
        }
        return html.toString();
    }
}
