package org.rawafid.publish;

import org.rawafid.search.Highlighter;
import org.rawafid.search.Query;

import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The merged feed as a readable right-to-left "river" page: newest stories first, no JavaScript,
 * with a search box; the same page shows search hits, the matched words in {@code <mark>}.
 */
final class RiverPage {
    private final InstantSource clock;
    private final Highlighter highlighter;

    RiverPage(InstantSource clock) {
        this(clock, new Highlighter(new org.rawafid.dedupe.ArabicNormalizer()));
    }

    RiverPage(InstantSource clock, Highlighter highlighter) {
        this.clock = clock;
        this.highlighter = highlighter;
    }

    byte[] render(FeedView feed) {
        return render(feed, null, null);
    }

    /** The page of a search's hits: the form holds the query, matched words are marked. */
    byte[] render(FeedView feed, Query query, SearchRequest request) {
        Instant now = clock.instant();
        UnaryOperator<String> text = query == null ? Markup::escape : s -> marked(s, query);
        HtmlPage page = new HtmlPage(feed.title(), alternates(feed), false);
        page.append("<header>\n<h1>").append(Markup.escape(feed.title())).append("</h1>\n");
        if (!feed.description().isEmpty()) {
            page.append("<p class=\"lead\">").append(Markup.escape(feed.description())).append("</p>\n");
        }
        page.append(searchForm(feed, request)).append(subscribeLinks(feed)).append("</header>\n");
        if (feed.entries().isEmpty()) {
            page.append(query == null ? "<p>لا توجد أخبار في هذه الصفحة.</p>\n" : "<p>لا توجد نتائج.</p>\n");
        }
        feed.entries().forEach(entry -> page.append(article(entry, now, text)));
        return page.append(pager(feed)).finish();
    }

    private String marked(String s, Query query) {
        StringBuilder html = new StringBuilder(s.length() + 32);
        for (Highlighter.Part part : highlighter.parts(s, query)) {
            String escaped = Markup.escape(part.text());
            html.append(part.marked() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }

    /**
     * A GET form to {@code /search} (under the base URL's path): on a search page it holds the
     * query; on a feed's page it searches that feed's sources.
     */
    static String searchForm(FeedView feed, SearchRequest request) {
        String path = URI.create(feed.baseUrl()).getPath();
        StringBuilder html = new StringBuilder("<form class=\"search\" role=\"search\" method=\"get\" action=\"")
                .append(Markup.escape((path == null ? "" : path) + "/search")).append("\">")
                .append("<input type=\"search\" name=\"q\" required maxlength=\"256\" aria-label=\"بحث\"")
                .append(" placeholder=\"").append(request == null ? "ابحث في هذه الخلاصة" : "ابحث في الأخبار").append("\"");
        if (request != null) {
            html.append(" value=\"").append(Markup.escape(request.q())).append("\"");
        }
        html.append(">");
        String within = request == null ? feed.id() : request.feed();
        if (within != null) {
            html.append("<input type=\"hidden\" name=\"feed\" value=\"").append(Markup.escape(within)).append("\">");
        }
        if (request != null && request.sinceText() != null) {
            html.append("<input type=\"hidden\" name=\"since\" value=\"").append(Markup.escape(request.sinceText()))
                    .append("\">");
        }
        return html.append("<button type=\"submit\">بحث</button></form>\n").toString();
    }

    /** {@code <link rel="alternate">} for feed autodiscovery in browsers and readers. */
    private static String alternates(FeedView feed) {
        return alternate(feed, Format.RSS, "application/rss+xml", "RSS")
                + alternate(feed, Format.ATOM, "application/atom+xml", "Atom")
                + alternate(feed, Format.JSON, "application/feed+json", "JSON Feed");
    }

    private static String alternate(FeedView feed, Format format, String type, String name) {
        return "<link rel=\"alternate\" type=\"" + type + "\" title=\"" + Markup.escape(feed.title() + " (" + name + ")")
                + "\" href=\"" + Markup.escape(feed.firstUrl(format)) + "\">\n";
    }

    static String subscribeLinks(FeedView feed) {
        return "<ul class=\"subscribe\">"
                + "<li>" + HtmlPage.link(feed.firstUrl(Format.RSS), "RSS") + "</li>"
                + "<li>" + HtmlPage.link(feed.firstUrl(Format.ATOM), "Atom") + "</li>"
                + "<li>" + HtmlPage.link(feed.firstUrl(Format.JSON), "JSON Feed") + "</li></ul>\n";
    }

    private static String article(EntryView entry, Instant now, UnaryOperator<String> text) {
        StringBuilder html = new StringBuilder(1024);
        String title = Markup.isWebUrl(entry.link()) ? "<a href=\"" + Markup.escape(entry.link()) + "\">"
                + text.apply(entry.title()) + "</a>" : text.apply(entry.title());
        html.append("<article>\n<h2>").append(title).append("</h2>\n")
                .append("<p class=\"meta\"><span>").append(Markup.escape(entry.outlet().title())).append("</span>")
                .append("<time datetime=\"").append(entry.published()).append("\" title=\"")
                .append(ArabicTime.absolute(entry.published())).append("\">")
                .append(ArabicTime.relative(entry.published(), now)).append("</time>");
        if (entry.author() != null) {
            html.append("<span>").append(Markup.escape(entry.author())).append("</span>");
        }
        html.append("</p>\n");
        if (Markup.isWebUrl(entry.imageUrl())) {
            html.append("<img src=\"").append(Markup.escape(entry.imageUrl()))
                    .append("\" alt=\"\" loading=\"lazy\" decoding=\"async\">\n");
        }
        if (!entry.summary().isEmpty()) {
            html.append("<p class=\"summary\">").append(text.apply(entry.summary())).append("</p>\n");
        }
        html.append(credits(entry));
        return html.append("</article>\n").toString();
    }

    /** The outlet count (coverage feeds), the other outlets and the story page link, or "". */
    private static String credits(EntryView entry) {
        List<String> parts = new ArrayList<>(3);
        if (entry.outlets() > 0) {
            parts.add("<strong class=\"coverage\">" + CoverageCount.phrase(entry.outlets()) + "</strong>");
        }
        if (!entry.also().isEmpty()) {
            parts.add("نشرته أيضاً: " + entry.also().stream().map(a -> HtmlPage.link(a.link(), a.outlet().title()))
                    .collect(Collectors.joining("، ")));
        }
        if (Markup.isWebUrl(entry.storyUrl())) {
            parts.add(Credits.storyLink(entry.storyUrl()));
        }
        return parts.isEmpty() ? "" : "<p class=\"also\">" + String.join(" · ", parts) + "</p>\n";
    }

    private static String pager(FeedView feed) {
        if (feed.cursor() == null && feed.nextCursor() == null) {
            return "";
        }
        StringBuilder html = new StringBuilder("<nav class=\"pager\">");
        if (feed.cursor() != null) {
            html.append("<a rel=\"first\" href=\"").append(Markup.escape(feed.firstUrl(Format.HTML)))
                    .append("\">→ الأحدث</a>");
        }
        if (feed.nextCursor() != null) {
            html.append("<a rel=\"next\" href=\"").append(Markup.escape(feed.nextUrl(Format.HTML)))
                    .append("\">الأقدم ←</a>");
        }
        return html.append("</nav>\n").toString();
    }
}
