package org.rawafid.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Estimates, in one pass over HTML text and before any tree is built, how deep its elements nest,
 * and turns markup into plain text without building a tree. jsoup's tree builder checks its
 * open-element stack for every start tag, so 20,000 nested {@code <div>}s cost seconds before
 * any cleaning starts, and recursive code later overflows on such a tree (issue 18, rows 4 and 6).
 * Tags that close themselves or their predecessor ({@code p}, {@code li}, {@code td}, void
 * elements) are not counted, so sloppy-but-real markup such as a run of unclosed {@code <p>}s
 * stays well below the cap.
 *
 * <p>Thread-safe and stateless.
 */
final class NestingScanner {
    private static final Set<String> NOT_NESTING = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
            "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "rtc");
    private static final Set<String> BREAKING = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "ul", "ol", "table", "section", "article", "figure", "figcaption", "pre", "hr");

    /** Elements whose content is code or styling, never text to show. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "noscript", "template", "textarea",
            "iframe", "xmp", "noembed", "noframes");

    private NestingScanner() {
    }

    /**
     * Whether the start tags of {@code html} can nest more than {@code maxDepth} elements deep. An
     * end tag closes everything opened after its start tag, as in the HTML parser, so unclosed
     * inline tags inside a closed block do not add up; an end tag nothing matches is ignored.
     */
    static boolean nestsDeeperThan(String html, int maxDepth) {
        if (!hasMoreThan(html, '<', maxDepth)) {
            return false; // the scan answers yes only at a start tag opened on maxDepth others: each its own '<'
        }
        String[] open = new String[maxDepth];
        int depth = 0;
        boolean openPending = false;
        int n = html.length();
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c == '>') {
                if (openPending && i > 0 && html.charAt(i - 1) == '/') {
                    depth--; // <x/> opened nothing
                }
                openPending = false;
            } else if (c == '<' && i + 1 < n) {
                boolean closing = html.charAt(i + 1) == '/';
                int nameStart = closing ? i + 2 : i + 1;
                int nameEnd = nameEnd(html, nameStart);
                if (nameEnd == nameStart) {
                    continue;
                }
                String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
                i = nameEnd - 1;
                openPending = false;
                if (NOT_NESTING.contains(name)) {
                    continue;
                }
                if (closing) {
                    depth = closeTo(open, depth, name);
                } else if (depth == maxDepth) {
                    return true;
                } else {
                    open[depth++] = name;
                    openPending = true;
                }
            }
        }
        return false;
    }

    /** Whether {@code c} occurs more than {@code count} times in {@code s} (a vectorised search per occurrence). */
    static boolean hasMoreThan(String s, char c, int count) {
        int seen = 0;
        for (int at = s.indexOf(c); at >= 0; at = s.indexOf(c, at + 1)) {
            if (++seen > count) {
                return true;
            }
        }
        return false;
    }

    /** The depth after closing the innermost open {@code name} and all opened inside it; unchanged if none. */
    private static int closeTo(String[] open, int depth, String name) {
        for (int d = depth - 1; d >= 0; d--) {
            if (open[d].equals(name)) {
                return d;
            }
        }
        return depth;
    }

    /**
     * The text of {@code html}: tags dropped (block tags become line breaks), comments dropped,
     * character references decoded once. Linear: every char is looked at a bounded number of times.
     */
    static String text(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int lastClose = html.lastIndexOf('>');
        int lastCommentEnd = html.lastIndexOf("-->");
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            int nameStart = i + 1 < n && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
            boolean tag = c == '<' && i < lastClose && (nameEnd(html, nameStart) > nameStart
                    || nameStart < n && (html.charAt(nameStart) == '!' || html.charAt(nameStart) == '?'));
            if (!tag) {
                out.append(c);
                i++;
                continue;
            }
            // Only searched when one is known to follow, so no search runs to the end twice.
            int end = html.startsWith("<!--", i) && i + 4 <= lastCommentEnd ? html.indexOf("-->", i + 4) : -1;
            end = end >= 0 ? end + 3 : html.indexOf('>', i) + 1;
            String name = html.substring(nameStart, nameEnd(html, nameStart)).toLowerCase(Locale.ROOT);
            if (BREAKING.contains(name)) {
                out.append('\n');
            }
            i = nameStart == i + 1 && RAW_TEXT.contains(name) ? endOfRawText(html, end, name) : end;
        }
        return org.jsoup.parser.Parser.unescapeEntities(out.toString(), false);
    }

    /** Where the element whose content starts at {@code from} ends: after its end tag, else the end of the text. */
    private static int endOfRawText(String html, int from, String name) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at + 2, name, 0, name.length())) {
                int close = html.indexOf('>', at);
                return close < 0 ? html.length() : close + 1;
            }
        }
        return html.length();
    }

    private static int nameEnd(String html, int from) {
        int i = from;
        while (i < html.length() && i - from < 16 && isNameChar(html.charAt(i), i == from)) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && (c >= '0' && c <= '9' || c == '-');
    }
}
