package org.rawafid.publish;

/**
 * A story's page as right-to-left HTML (SPEC §8a): each outlet's report oldest first, the first
 * marked, and the words that differ between reports in {@code <mark>}. No JavaScript; the river
 * page's style sheet, so it reads the same on a phone. Times are absolute, so the bytes (and the
 * ETag) change only when the story does.
 */
final class StoryPage {
    byte[] render(StoryView story) {
        String json = "<link rel=\"alternate\" type=\"application/json\" href=\""
                + Markup.escape(story.url(Format.JSON)) + "\">\n";
        HtmlPage page = new HtmlPage(story.title(), json, false);
        page.append("<header>\n<h1>").append(Markup.escape(story.title())).append("</h1>\n")
                .append("<p class=\"lead\">").append(CoverageCount.phrase(story.outlets()))
                .append(" · ").append(reportCount(story.reports().size())).append("</p>\n");
        if (story.reports().size() > 1) {
            page.append("<p class=\"legend\">الكلمات <mark>المميَّزة</mark> وردت في بعض التقارير دون غيرها:"
                    + " أرقام وأماكن وأسماء تختلف بين المصادر.</p>\n");
        }
        page.append("</header>\n<ol class=\"reports\">\n");
        story.reports().forEach(report -> page.append(report(report)));
        return page.append("</ol>\n").finish();
    }

    private static String report(StoryView.Report report) {
        StringBuilder html = new StringBuilder(1024);
        html.append(report.first() ? "<li class=\"report first\">\n" : "<li class=\"report\">\n")
                .append("<article>\n<h2>");
        if (Markup.isWebUrl(report.link())) {
            html.append("<a href=\"").append(Markup.escape(report.link())).append("\">")
                    .append(marked(report.title())).append("</a>");
        } else {
            html.append(marked(report.title()));
        }
        html.append("</h2>\n<p class=\"meta\">");
        if (report.first()) {
            html.append("<strong class=\"first-badge\">أول من نشر</strong>");
        }
        html.append("<span>").append(Markup.escape(report.outlet().title())).append("</span>")
                .append("<time datetime=\"").append(report.published()).append("\">")
                .append(ArabicTime.absolute(report.published())).append("</time></p>\n");
        if (!report.lead().runs().isEmpty()) {
            html.append("<p class=\"summary\">").append(marked(report.lead())).append("</p>\n");
        }
        return html.append("</article>\n</li>\n").toString();
    }

    private static String marked(MarkedText text) {
        StringBuilder html = new StringBuilder();
        for (MarkedText.Run run : text.runs()) {
            String escaped = Markup.escape(run.text());
            html.append(run.marked() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }

    /** "تقرير واحد", "تقريران", "٣ تقارير", "١١ تقريراً". */
    private static String reportCount(int n) {
        if (n == 1) {
            return "تقرير واحد";
        }
        if (n == 2) {
            return "تقريران";
        }
        int tail = n % 100;
        String digits = ArabicTime.digits(n);
        return tail >= 3 && tail <= 10 ? digits + " تقارير" : tail >= 11 ? digits + " تقريراً" : digits + " تقرير";
    }
}
