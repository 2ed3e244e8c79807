package org.rawafid.publish;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The merged feed as a readable right-to-left "river" page: newest stories first, no JavaScript. */
final class RiverPage {
    private final InstantSource clock;

    RiverPage(InstantSource clock) {
        this.clock = clock;
    }

    byte[] render(FeedView feed) {
        Instant now = clock.instant();
        HtmlPage page = new HtmlPage(feed.title(), alternates(feed), false);
        page.append("<header>\n<h1>").append(Markup.escape(feed.title())).append("</h1>\n");
        if (!feed.description().isEmpty()) {
            page.append("<p class=\"lead\">").append(Markup.escape(feed.description())).append("</p>\n");
        }
        page.append(subscribeLinks(feed)).append("</header>\n");
        if (feed.entries().isEmpty()) {
            page.append("<p>لا توجد أخبار في هذه الصفحة.</p>\n");
        }
        feed.entries().forEach(entry -> page.append(article(entry, now)));
        return page.append(pager(feed)).finish();
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

    private static String article(EntryView entry, Instant now) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<article>\n<h2>").append(HtmlPage.link(entry.link(), entry.title())).append("</h2>\n")
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
            html.append("<p class=\"summary\">").append(Markup.escape(entry.summary())).append("</p>\n");
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
