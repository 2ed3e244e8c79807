package org.rawafid.parse;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** What the page readers (listing, Telegram) take from HTML elements: absolute links and images, dates, charsets. */
final class Pages {
    private Pages() {
    }

    /** The element's own {@code href} made absolute, else that of the first link inside it; null when none is http(s). */
    static String href(Element el) {
        if (el == null) {
            return null;
        }
        Element a = el.hasAttr("href") ? el : el.selectFirst("a[href]");
        if (a == null) {
            return null;
        }
        String url = a.absUrl("href");
        return url.startsWith("http://") || url.startsWith("https://") ? url : null;
    }

    /** The image an element stands for: its own or its first {@code img}'s {@code src}, lazy-loading attributes too. */
    static String imageUrl(Element el) {
        Element img = el.is("img, source") ? el : el.selectFirst("img");
        if (img == null) {
            return el.hasAttr("content") ? absolute(el, "content") : styleUrl(el);
        }
        for (String attr : new String[] {"data-src", "data-lazy-src", "data-original", "src"}) {
            String url = absolute(img, attr);
            if (url != null && !url.startsWith("data:")) {
                return url;
            }
        }
        String srcset = img.hasAttr("data-srcset") ? img.attr("data-srcset") : img.attr("srcset");
        if (!srcset.isBlank()) {
            String first = srcset.strip().split("[\\s,]", 2)[0];
            return Links.resolve(URI.create(img.baseUri()), first).orElse(null);
        }
        return null;
    }

    /** {@code background-image:url('…')}, as Telegram and some card layouts put photos. */
    static String styleUrl(Element el) {
        String style = el.attr("style");
        int at = style.indexOf("url(");
        if (at < 0) {
            return null;
        }
        int end = style.indexOf(')', at);
        if (end < 0) {
            return null;
        }
        String raw = style.substring(at + 4, end).strip();
        if (raw.length() >= 2 && (raw.charAt(0) == '\'' || raw.charAt(0) == '"')) {
            raw = raw.substring(1, raw.length() - 1);
        }
        try {
            return Links.resolve(URI.create(el.baseUri()), raw).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String absolute(Element el, String attr) {
        if (!el.hasAttr(attr) || el.attr(attr).isBlank()) {
            return null;
        }
        String url = el.absUrl(attr);
        return url.isEmpty() ? null : url;
    }

    /** A date from {@code datetime}, {@code content}, {@code title} or {@code data-date}, else the element's text. */
    static Instant date(Element el, DateParser dates) {
        for (String attr : new String[] {"datetime", "content", "data-date", "title"}) {
            if (el.hasAttr(attr)) {
                Optional<Instant> d = dates.parse(el.attr(attr));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return dates.parse(el.text()).orElse(null);
    }

    /** The text of the first heading inside {@code el}, else of its first link. */
    static String headingText(Element el) {
        Element h = el.selectFirst("h1, h2, h3, h4, h5, h6");
        if (h == null) {
            h = el.selectFirst("a[href]");
        }
        return h == null ? null : h.text();
    }

    static Optional<String> meta(Element doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return m == null || m.attr("content").isBlank() ? Optional.empty() : Optional.of(m.attr("content").strip());
    }

    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + "/";
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** The {@code charset} parameter of a Content-Type, when it names a charset this JVM has; else null. */
    static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return null;
        }
        String name = contentType.substring(at + 8).strip();
        int end = 0;
        while (end < name.length() && name.charAt(end) != ';' && !Character.isWhitespace(name.charAt(end))) {
            end++;
        }
        name = name.substring(0, end).replace("\"", "").replace("'", "");
        try {
            return Charset.isSupported(name) ? name : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
