package org.rawafid.clean;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Puts the page's lead image, with its caption, first in an extracted article when the body
 * does not already show it: readers display the content, not JSON Feed's {@code image} or
 * {@code media:content}. The figure is cleaned like any other HTML; the article's text (and so
 * its summary) stays the body's own.
 */
final class LeadFigure {
    private static final java.util.List<String> SITE_IMAGE_WORDS =
            java.util.List.of("logo", "placeholder", "default-image", "default.", "no-image", "noimage", "favicon", "avatar");
    private LeadFigure() {
    }

    /** @param alt the image's alternative text when the page gives no caption (the headline) */
    static String prepend(CleanHtml body, LeadImage image, String alt, URI pageUrl, HtmlCleaner cleaner) {
        if (image.url() == null || isSiteImage(image.url()) || shows(body.html(), image.url())) {
            return body.html();
        }
        String caption = image.caption();
        String figure = "<figure><img src=\"" + Entities.escape(image.url()) + "\" alt=\""
                + Entities.escape(caption != null ? caption : alt) + "\">"
                + (caption == null ? "" : "<figcaption>" + Entities.escape(caption) + "</figcaption>") + "</figure>";
        // Cleaned as a left-to-right fragment so that it is not wrapped a second time; it goes inside the body's wrapper.
        String clean = cleaner.clean(figure, pageUrl, "en").html();
        if (!clean.contains("<img")) {
            return body.html();
        }
        String html = body.html();
        if (html.startsWith("<div dir=\"rtl\"")) {
            int open = html.indexOf('>') + 1;
            return html.substring(0, open) + clean + html.substring(open);
        }
        return clean + html;
    }

    /**
     * Sites without an article photo put their logo or a stock picture in og:image; shown first in
     * every article it would be noise. Recognised by the words sites use for such files.
     */
    static boolean isSiteImage(String url) {
        String name = url.toLowerCase(java.util.Locale.ROOT);
        int query = name.indexOf('?');
        name = query < 0 ? name : name.substring(0, query);
        for (String word : SITE_IMAGE_WORDS) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when an image of the body has the same URL, or the same file name (sites resize and re-host). */
    private static boolean shows(String html, String url) {
        String name = fileName(url);
        for (Element img : Jsoup.parseBodyFragment(html).select("img[src]")) {
            String src = img.attr("src");
            if (src.equals(url) || !name.isEmpty() && name.equals(fileName(src))) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        String path = url.substring(0, end);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
