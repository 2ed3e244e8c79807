package org.rawafid.search;

import org.jsoup.Jsoup;

import java.util.Map;
import java.util.Set;

/**
 * The text of an item's stored HTML as {@code Jsoup.parseBodyFragment(html).text()} gives it, read
 * in one pass without building a tree, for the HTML {@link org.rawafid.clean.HtmlCleaner} writes:
 * its safelisted tags, well nested, text escaped with {@code &amp; &lt; &gt; &quot; &nbsp;} or
 * numeric references. Anything else (an unknown tag or entity, a comment, a table, {@code pre},
 * nesting jsoup's parser would repair, such as a block inside {@code p}) is handed to jsoup itself,
 * so the result is always jsoup's. Re-parsing the cleaned HTML was a third of the index's terms
 * cost (issue 16). Stateless and thread-safe.
 *
 * <p>jsoup's rule, followed here: a space before a block element or {@code br} (unless the text
 * so far ends in whitespace or is empty), a space after a block element when its next sibling is
 * text or an element not formatted as a block; runs of whitespace (and no-break space) in text
 * become one space, zero-width space and soft hyphen vanish; the result trimmed.
 */
final class CleanedText {
    /** Tags this reader follows, and whether jsoup counts each as a block. */
    private static final Map<String, Boolean> BLOCK = Map.ofEntries(
            Map.entry("p", true), Map.entry("div", true), Map.entry("h2", true), Map.entry("h3", true),
            Map.entry("h4", true), Map.entry("h5", true), Map.entry("h6", true), Map.entry("ul", true),
            Map.entry("ol", true), Map.entry("li", true), Map.entry("blockquote", true), Map.entry("figure", true),
            Map.entry("figcaption", true), Map.entry("hr", true),
            Map.entry("br", false), Map.entry("span", false), Map.entry("b", false), Map.entry("strong", false),
            Map.entry("i", false), Map.entry("em", false), Map.entry("u", false), Map.entry("sub", false),
            Map.entry("sup", false), Map.entry("code", false), Map.entry("a", false), Map.entry("img", false));
    /** Blocks jsoup does not format as blocks (so a block before one of them is followed by a space). */
    private static final Set<String> BLOCK_FORMATTED_INLINE = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li");
    private static final Set<String> VOID = Set.of("br", "hr", "img");
    /** Start tags that close an open {@code p} in jsoup's parser (so the HTML would not read as written). */
    private static final Set<String> CLOSES_P = Set.of("p", "div", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "figure", "figcaption", "hr");
    private static final int MAX_DEPTH = 100;

    private CleanedText() {
    }

    /** {@code Jsoup.parseBodyFragment(html).text()}. */
    static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = read(html);
        return text != null ? text : Jsoup.parseBodyFragment(html).text();
    }

    /** The text, or null when {@code html} is outside the form this reader follows. */
    static String read(String html) {
        int n = html.length();
        StringBuilder out = new StringBuilder(n);
        String[] open = new String[MAX_DEPTH];
        int depth = 0;
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                int end = html.indexOf('<', i);
                end = end < 0 ? n : end;
                if (!appendText(out, html, i, end)) {
                    return null;
                }
                i = end;
                continue;
            }
            boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
            int nameStart = i + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < n && isTagNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || nameEnd == n) {
                return null;
            }
            String name = html.substring(nameStart, nameEnd);
            Boolean block = BLOCK.get(name);
            if (block == null) {
                return null;
            }
            int tagEnd = closing ? (html.charAt(nameEnd) == '>' ? nameEnd : -1) : endOfStartTag(html, nameEnd);
            if (tagEnd < 0) {
                return null;
            }
            i = tagEnd + 1;
            if (closing) {
                if (VOID.contains(name) || depth == 0 || !open[depth - 1].equals(name)) {
                    return null;
                }
                depth--;
                afterElement(out, html, i, block);
                continue;
            }
            if (!fitsWhereItOpens(name, open, depth)) {
                return null;
            }
            if (!out.isEmpty() && (block || name.equals("br")) && !endsInWhitespace(out)) {
                out.append(' ');
            }
            if (VOID.contains(name)) {
                afterElement(out, html, i, block);
            } else {
                if (depth == MAX_DEPTH) {
                    return null;
                }
                open[depth++] = name;
            }
        }
        if (depth != 0) {
            return null;
        }
        return out.toString().trim();
    }

    /** Whether jsoup's parser would put element {@code name} where it stands (no implied end tags). */
    private static boolean fitsWhereItOpens(String name, String[] open, int depth) {
        boolean closesP = CLOSES_P.contains(name);
        for (int d = depth - 1; d >= 0; d--) {
            String o = open[d];
            if (closesP && o.equals("p")) {
                return false;
            }
            if (name.equals("a") && o.equals("a")) {
                return false;
            }
            if (name.equals("li") && o.equals("li")) {
                return false; // unless a list lies between (checked below)
            }
            if (name.startsWith("h") && name.length() == 2 && o.length() == 2 && o.charAt(0) == 'h' && d == depth - 1) {
                return false;
            }
            if (name.equals("li") && (o.equals("ul") || o.equals("ol"))) {
                break;
            }
        }
        return true;
    }

    /** jsoup's tail rule: after a block, a space when the next sibling is text or a non-block-formatted element. */
    private static void afterElement(StringBuilder out, String html, int next, boolean block) {
        if (!block || endsInWhitespace(out) || next >= html.length()) {
            return;
        }
        if (html.charAt(next) != '<') {
            out.append(' '); // a text node follows
            return;
        }
        if (next + 1 < html.length() && html.charAt(next + 1) == '/') {
            return; // the parent ends: no next sibling
        }
        int nameEnd = next + 1;
        while (nameEnd < html.length() && isTagNameChar(html.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = html.substring(next + 1, nameEnd);
        boolean formattedAsBlock = Boolean.TRUE.equals(BLOCK.get(name)) && !BLOCK_FORMATTED_INLINE.contains(name);
        if (!formattedAsBlock) {
            out.append(' ');
        }
    }

    /** The index of the start tag's {@code >}, its attributes skipped, or -1 when they are not {@code name="value"} or bare names. */
    private static int endOfStartTag(String html, int from) {
        int n = html.length();
        int i = from;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == ' ') {
                i++;
                continue;
            }
            if (c == '/' && i + 1 < n && html.charAt(i + 1) == '>') {
                return -1; // self-closing syntax: left to jsoup
            }
            int nameStart = i;
            while (i < n && isAttributeNameChar(html.charAt(i))) {
                i++;
            }
            if (i == nameStart || i == n) {
                return -1;
            }
            if (html.charAt(i) == '=') {
                if (i + 1 >= n || html.charAt(i + 1) != '"') {
                    return -1;
                }
                int close = html.indexOf('"', i + 2);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
                if (i < n && html.charAt(i) != ' ' && html.charAt(i) != '>') {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Appends the text html[from, to) decoded and with jsoup's whitespace rule; false for a reference outside the known few. */
    private static boolean appendText(StringBuilder out, String html, int from, int to) {
        boolean lastWhite = endsInWhitespace(out);
        int run = from; // the ordinary characters since here are not appended yet
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c > ' ' && c != '&' && c != '>' && c != '\u00A0' && c != '\u200B' && c != '\u00AD'
                    && !Character.isSurrogate(c)) {
                continue;
            }
            if (i > run) {
                out.append(html, run, i);
                lastWhite = false;
            }
            run = i + 1;
            if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi < 0 || semi >= to || semi - i > 10) {
                    return false;
                }
                int decoded = entity(html, i + 1, semi);
                if (decoded < 0) {
                    return false;
                }
                i = semi;
                run = semi + 1;
                c = (char) decoded;
            } else if (c == '>' || c == '\r' || c == 0 || Character.isSurrogate(c)) {
                return false;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\u00A0') {
                if (!lastWhite) {
                    out.append(' ');
                    lastWhite = true;
                }
            } else if (c != '\u200B' && c != '\u00AD') {
                out.append(c);
                lastWhite = false;
            }
        }
        if (to > run) {
            out.append(html, run, to);
        }
        return true;
    }

    /** The character of the reference html[from, semi), or -1 outside amp, lt, gt, quot, nbsp and numeric BMP non-control ones. */
    private static int entity(String html, int from, int semi) {
        String name = html.substring(from, semi);
        switch (name) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            case "nbsp":
                return '\u00A0';
            default:
                break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        int value;
        try {
            value = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                    ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
        // Controls, the C1 range jsoup maps to Windows-1252, surrogates and beyond the BMP: left to jsoup.
        return value < 0x20 || value >= 0x7F && value < 0xA0 || value >= 0xD800 ? -1 : value;
    }

    private static boolean endsInWhitespace(StringBuilder out) {
        return !out.isEmpty() && out.charAt(out.length() - 1) == ' ';
    }

    private static boolean isTagNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isAttributeNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':';
    }
}
