package org.rawafid.parse;

/**
 * Measures, in one pass over feed text and before any parser runs, how deep its elements nest.
 * JDOM checks every new child against all its ancestors, so 10,000 nested elements cost tens of
 * seconds to build and overflow the stack of JDOM's recursive writers afterwards (issue 18,
 * row 6). Comments, CDATA sections, processing instructions and declarations are skipped;
 * {@code <x/>} opens nothing. An estimate is enough: it only decides whether to refuse a feed.
 *
 * <p>Thread-safe and stateless.
 */
final class XmlNesting {
    private XmlNesting() {
    }

    /** Whether the elements of {@code xml} nest more than {@code maxDepth} deep. */
    static boolean deeperThan(String xml, int maxDepth) {
        int depth = 0;
        boolean openPending = false;
        int n = xml.length();
        int i = 0;
        while (i < n) {
            char c = xml.charAt(i);
            if (c == '>') {
                if (openPending && xml.charAt(i - 1) == '/') {
                    depth--;
                }
                openPending = false;
                i++;
            } else if (c != '<' || i + 1 >= n) {
                i++;
            } else if (xml.startsWith("<!--", i)) {
                i = after(xml, "-->", i + 4);
            } else if (xml.startsWith("<![CDATA[", i)) {
                i = after(xml, "]]>", i + 9);
            } else if (xml.charAt(i + 1) == '?') {
                i = after(xml, "?>", i + 2);
            } else if (xml.charAt(i + 1) == '!') {
                i = after(xml, ">", i + 2);
            } else if (xml.charAt(i + 1) == '/') {
                depth = Math.max(0, depth - 1);
                openPending = false;
                i += 2;
            } else if (!isNameStart(xml.charAt(i + 1))) {
                i++; // a stray "<" in recoverable text opens nothing
            } else {
                if (++depth > maxDepth) {
                    return true;
                }
                openPending = true;
                i++;
            }
        }
        return false;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c > 0x7F;
    }

    /** The index after the next {@code end} from {@code from}; the text's end when there is none (nothing after is markup). */
    private static int after(String xml, String end, int from) {
        int at = xml.indexOf(end, from);
        return at < 0 ? xml.length() : at + end.length();
    }
}
