package org.rawafid.clean;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes from a parsed tree, before the safelist runs, what the safelist alone would handle badly:
 * elements whose content must go with them (scripts, embedded documents, forms' controls), hidden
 * elements, tracking pixels; and gives lazy-loaded images their real {@code src}.
 */
final class DomScrubber {
    /** Removed with their content; a safelist would keep the text inside (e.g. a noscript pixel or SVG text). */
    private static final String DANGEROUS = "script, style, noscript, iframe, frame, frameset, object, embed, applet, "
            + "input, button, select, textarea, option, svg, math, template, link, meta, base, audio, video, canvas, "
            + "param, source, track, map, area, dialog, title, head, xml, xmp, plaintext, noembed, noframes";
    /** Parsed once: {@code select(String)} re-parses its query on every call (jsoup 1.18). */
    private static final Evaluator DANGEROUS_ELEMENTS = QueryParser.parse(DANGEROUS);
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Pattern HIDDEN = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden|(^|[;\\s])(width|height)\\s*:\\s*[01](px)?\\s*(;|$)");
    /** Utility classes that hide an element (Bootstrap, Tailwind, screen-reader-only text). */
    private static final Pattern HIDDEN_CLASS = Pattern.compile(
            "(?i)(^|\\s)(d-none|hidden|hide|u-hide|sr-only|visually-hidden|screen-reader-text|invisible)(\\s|$)");
    private static final String[] URL_ATTRS = {"href", "src", "cite", "poster", "longdesc"};
    private static final String[] LAZY_ATTRS = {"data-src", "data-lazy-src", "data-original", "data-lazy",
        "data-url", "data-hi-res-src", "data-full-src"};

    private DomScrubber() {
    }

    static void scrub(Element root) {
        root.select(DANGEROUS_ELEMENTS).remove();
        for (Element el : root.getAllElements()) {
            dropOverlongUrls(el);
            if (el != root && el.parent() != null && isHidden(el)) {
                el.remove();
            }
        }
        for (Element img : root.select(IMG)) {
            giveRealSource(img);
            if (isTrackingPixel(img)) {
                img.remove();
            }
        }
    }

    /**
     * No real link or image needs a URL over {@link UrlPolicy#MAX_IMAGE_URL_CHARS} chars, and jsoup
     * runs a regex over the whole value each time it resolves one (issue 18, row 1).
     */
    private static void dropOverlongUrls(Element el) {
        for (String attr : URL_ATTRS) {
            if (el.attr(attr).length() > UrlPolicy.MAX_IMAGE_URL_CHARS) {
                el.removeAttr(attr);
            }
        }
    }

    private static boolean isHidden(Element el) {
        return el.hasAttr("hidden") || HIDDEN.matcher(el.attr("style")).find() || HIDDEN_CLASS.matcher(el.className()).find()
                || "true".equalsIgnoreCase(el.attr("aria-hidden")) && el.text().isBlank();
    }

    /** Lazy loaders keep the real image in data-* or srcset and a placeholder (often a data: GIF) in src. */
    static void giveRealSource(Element img) {
        String src = img.attr("src").strip();
        boolean placeholder = src.isEmpty() || src.toLowerCase(Locale.ROOT).startsWith("data:")
                || src.contains("placeholder") || src.contains("blank.gif") || src.contains("lazy");
        if (!placeholder) {
            return;
        }
        String real = lazySource(img);
        if (real != null) {
            img.attr("src", real);
        }
    }

    static String lazySource(Element img) {
        for (String attr : LAZY_ATTRS) {
            String value = img.attr(attr).strip();
            if (!value.isEmpty() && !value.toLowerCase(Locale.ROOT).startsWith("data:")) {
                return value;
            }
        }
        String fromSet = largestCandidate(img.attr("data-srcset"));
        return fromSet != null ? fromSet : largestCandidate(img.attr("srcset"));
    }

    /**
     * The srcset candidate with the largest width or density descriptor (HTML §4.8.4.2), read in
     * one pass: a regex over the attribute backtracked quadratically on one long candidate.
     */
    static String largestCandidate(String srcset) {
        String best = null;
        double bestSize = -1;
        int n = srcset.length();
        int i = 0;
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int urlStart = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            int urlEnd = i;
            while (urlEnd > urlStart && srcset.charAt(urlEnd - 1) == ',') {
                urlEnd--; // "a.jpg," is a candidate without a descriptor
            }
            boolean descriptorFollows = urlEnd == i;
            int descStart = i;
            while (descriptorFollows && i < n && srcset.charAt(i) != ',') {
                i++;
            }
            if (urlEnd > urlStart) {
                String url = srcset.substring(urlStart, urlEnd);
                double size = descriptorFollows ? sizeOf(srcset.substring(descStart, i).strip()) : 1;
                if (size > bestSize && !url.toLowerCase(Locale.ROOT).startsWith("data:")) {
                    best = url;
                    bestSize = size;
                }
            }
        }
        return best;
    }

    /** "800w" or "2x" as a number; no descriptor means 1x; anything else ranks below every real candidate. */
    private static double sizeOf(String descriptor) {
        if (descriptor.isEmpty()) {
            return 1;
        }
        char unit = descriptor.charAt(descriptor.length() - 1);
        String number = descriptor.substring(0, descriptor.length() - 1);
        if ((unit != 'w' && unit != 'x') || number.isEmpty() || number.length() > 12) {
            return 0;
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.')) {
                return 0;
            }
        }
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isTrackingPixel(Element img) {
        if (img.attr("src").length() > UrlPolicy.MAX_IMAGE_URL_CHARS) {
            return true; // a srcset candidate can be as long as the publisher likes; resolving it is not free
        }
        String src = img.absUrl("src");
        if (src.isEmpty()) {
            src = img.attr("src");
        }
        return isTiny(img.attr("width")) || isTiny(img.attr("height")) || UrlPolicy.isTracker(src);
    }

    private static boolean isTiny(String dimension) {
        String d = dimension.strip().replace("px", "");
        return d.equals("0") || d.equals("1");
    }
}
