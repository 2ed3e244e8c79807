package org.rawafid.clean;

import org.jsoup.parser.Parser;

/**
 * Plain text that has been decoded once and must stay text. Feeds that escape twice leave
 * {@code &amp;#8217;} or {@code &amp;amp;} in a title after the one decode; decoding those again
 * is harmless, but decoding {@code &lt;img …&gt;} again would turn a publisher's literal text into
 * markup (issue 18, row 10). Only references that cannot yield {@code <} or {@code >} are decoded.
 *
 * <p>Thread-safe and stateless.
 */
final class PlainText {
    /** {@code &#1114111;} and {@code &thetasym;} are the longest references worth decoding. */
    private static final int MAX_REFERENCE = 10;

    private PlainText() {
    }

    /** {@code text} with each character reference decoded unless it stands for {@code <} or {@code >}. */
    static String decodeInertReferences(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? referenceEnd(text, i + 1) : -1;
            if (semicolon < 0) {
                out.append(c);
                i++;
                continue;
            }
            String reference = text.substring(i, semicolon + 1);
            String decoded = Parser.unescapeEntities(reference, false);
            out.append(decoded.indexOf('<') >= 0 || decoded.indexOf('>') >= 0 ? reference : decoded);
            i = semicolon + 1;
        }
        return out.toString();
    }

    /** The index of the {@code ;} ending a reference ({@code #123}, {@code #x7B}, {@code name}) at {@code from}, or -1. */
    private static int referenceEnd(String s, int from) {
        int limit = Math.min(s.length(), from + MAX_REFERENCE);
        boolean numeric = from < limit && s.charAt(from) == '#';
        boolean hex = numeric && from + 1 < limit && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X');
        int start = hex ? from + 2 : numeric ? from + 1 : from;
        int i = start;
        while (i < limit && isReferenceChar(s.charAt(i), numeric, hex)) {
            i++;
        }
        boolean longEnough = numeric ? i > start : i - start >= 2;
        return longEnough && i < limit && s.charAt(i) == ';' ? i : -1;
    }

    private static boolean isReferenceChar(char c, boolean numeric, boolean hex) {
        boolean digit = c >= '0' && c <= '9';
        if (numeric) {
            return digit || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
        }
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || digit;
    }
}
