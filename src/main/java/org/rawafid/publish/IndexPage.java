package org.rawafid.publish;

import java.time.Instant;
import java.util.Objects;

/**
 * The home page ({@code /}): the merged feeds with subscribe links, every source's health, and the
 * current configuration error shown first. Arabic, right-to-left, no JavaScript. Thread-safe.
 */
public final class IndexPage {
    private static final String TITLE = "روافد — أخبار عربية مجمّعة";
    /** More sources than this and the overview collapses the table (see {@link SourcesSection}). */
    public static final int COLLAPSE_ABOVE = 200;
    /** Rows per page of the full source list ({@code /?page=N}). */
    public static final int PAGE_SIZE = 200;

    /** The page as UTF-8 HTML. */
    public byte[] render(IndexView view) {
        Objects.requireNonNull(view, "view");
        HtmlPage page = new HtmlPage(TITLE, alternates(view), true);
        page.append("<header>\n<h1>روافد</h1>\n<p class=\"lead\">مجمّع أخبار عربية: مصادر كثيرة، وخلاصات قليلة نظيفة.</p>\n</header>\n");
        if (view.configError() != null) {
            page.append("<div class=\"error\" role=\"alert\"><strong>خطأ في ملف الإعدادات؛ ما زالت آخر إعدادات سليمة تعمل:</strong>\n")
                    .append("<code dir=\"auto\">").append(Markup.escape(view.configError())).append("</code></div>\n");
        }
        if (view.feedsHref().equals("feeds/")) {
            // Served (not a static export, which has no /search): the search box (SPEC §4a).
            page.append("<form class=\"search\" role=\"search\" method=\"get\" action=\"search\">")
                    .append("<input type=\"search\" name=\"q\" required maxlength=\"256\" aria-label=\"بحث\"")
                    .append(" placeholder=\"ابحث في الأخبار\"><button type=\"submit\">بحث</button></form>\n");
        }
        page.append("<h2>الخلاصات</h2>\n");
        if (view.feeds().isEmpty()) {
            page.append("<p>لا توجد خلاصات مُعرّفة.</p>\n");
        }
        view.feeds().forEach(feed -> page.append(feed(feed, view)));
        page.append("<h2>المصادر</h2>\n").append(SourcesSection.render(view));
        return page.append(footer(view)).finish();
    }

    private static String feed(FeedSummary feed, IndexView view) {
        String base = Markup.escape(view.feedsHref() + feed.id());
        StringBuilder html = new StringBuilder("<section class=\"feed\">\n<h2><a href=\"")
                .append(base).append(".html\">").append(Markup.escape(feed.title())).append("</a></h2>\n");
        if (!feed.description().isEmpty()) {
            html.append("<p class=\"lead\">").append(Markup.escape(feed.description())).append("</p>\n");
        }
        html.append("<p class=\"meta\"><span>").append("الأخبار: ").append(ArabicTime.digits(feed.entries())).append("</span>");
        if (feed.lastUpdate() != null) {
            html.append(time("آخر تحديث ", feed.lastUpdate(), ArabicTime.relative(feed.lastUpdate(), view.now())));
        }
        return html.append("</p>\n<ul class=\"subscribe\">")
                .append("<li><a href=\"").append(base).append(".rss\">RSS</a></li>")
                .append("<li><a href=\"").append(base).append(".atom\">Atom</a></li>")
                .append("<li><a href=\"").append(base).append(".json\">JSON Feed</a></li>")
                .append("</ul>\n</section>\n").toString();
    }

    /**
     * Feed autodiscovery (readers given the site's address look for these): every merged feed in
     * every format, absolute from the service's base URL when known.
     */
    private static String alternates(IndexView view) {
        String prefix = view.baseUrl() == null ? view.feedsHref() : view.baseUrl() + "/feeds/";
        StringBuilder html = new StringBuilder();
        for (FeedSummary feed : view.feeds()) {
            html.append(alternate(feed, prefix, Format.ATOM, "application/atom+xml", "Atom"))
                    .append(alternate(feed, prefix, Format.RSS, "application/rss+xml", "RSS"))
                    .append(alternate(feed, prefix, Format.JSON, "application/feed+json", "JSON Feed"));
        }
        return html.toString();
    }

    private static String alternate(FeedSummary feed, String prefix, Format format, String type, String name) {
        return "<link rel=\"alternate\" type=\"" + type + "\" title=\"" + Markup.escape(feed.title() + " (" + name + ")")
                + "\" href=\"" + Markup.escape(prefix + feed.id() + "." + format.extension()) + "\">\n";
    }

    private static String footer(IndexView view) {
        return "<footer>إصدار الإعدادات: " + ArabicTime.digits(view.configGeneration())
                + " · <a href=\"sources.opml\">المصادر بصيغة OPML</a></footer>\n";
    }

    /** A {@code <time>} with the machine-readable instant and the absolute time on hover. */
    static String time(String prefix, Instant instant, String text) {
        return "<time datetime=\"" + instant + "\" title=\"" + ArabicTime.absolute(instant) + "\">"
                + Markup.escape(prefix + text) + "</time>";
    }
}
