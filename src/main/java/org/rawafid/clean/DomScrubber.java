package org.rawafid.clean;

import java.util.Locale;
import java.util.regex.Matcher;
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
    private static final Pattern SRCSET_ITEM = Pattern.compile("\\s*(\\S+)(?:\\s+([\\d.]+)[wx])?\\s*(?:,|$)");
    private static final String[] LAZY_ATTRS = {"data-src", "data-lazy-src", "data-original", "data-lazy",
        "data-url", "data-hi-res-src", "data-full-src"};

    private DomScrubber() {
    }

    static void scrub(Element root) {
        root.select(DANGEROUS_ELEMENTS).remove();
        for (Element el : root.getAllElements()) {
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

    /** The srcset candidate with the largest width or density descriptor (HTML §4.8.4.2). */
    static String largestCandidate(String srcset) {
        String best = null;
        double bestSize = -1;
        Matcher m = SRCSET_ITEM.matcher(srcset);
        while (m.find() && !m.group(1).isEmpty()) {
            String url = m.group(1).replaceAll(",$", "");
            double size = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
            if (size > bestSize && !url.toLowerCase(Locale.ROOT).startsWith("data:")) {
                best = url;
                bestSize = size;
            }
        }
        return best;
    }

    private static boolean isTrackingPixel(Element img) {
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
