package org.rawafid.publish;

/**
 * Makes third-party text and URLs safe to put in any output format (issue 18): every record a
 * renderer reads passes its fields through here in its constructor, so RSS, Atom, JSON Feed, HTML
 * and OPML (served or exported) all get the same treatment.
 *
 * <ul>
 *   <li>{@link #text}: characters XML 1.0 cannot carry (C0 controls but tab, LF and CR; U+FFFE,
 *       U+FFFF; lone surrogates) are removed — one of them made the XML writers fail the whole feed.</li>
 *   <li>{@link #name}: as {@code text}, and the bidi embedding, override and isolate controls
 *       (U+202A–U+202E, U+2066–U+2069) are removed too, so a title or outlet name cannot reorder
 *       the text around it in a reader.</li>
 *   <li>{@link #webUrl}: only absolute http(s) URLs survive; anything else ({@code javascript:},
 *       {@code data:}, {@code file:}, garbage) becomes {@code null}, so the element is omitted.</li>
 * </ul>
 * Linear scans, no regexes; stateless and thread-safe.
 */
final class InertText {
    private InertText() {
    }

    /** {@code text} without XML-illegal characters; null stays null. */
    static String text(String text) {
        return text == null ? null : filter(text, false);
    }

    /** A title or name: {@link #text} and without bidi controls; null stays null. */
    static String name(String text) {
        return text == null ? null : filter(text, true);
    }

    /** {@code url} when it is an absolute http or https URL (cleaned as {@link #text}), else {@code null}. */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String clean = text(url).strip();
        return hasWebScheme(clean) ? clean : null;
    }

    // "http://" or "https://" and a host, matched letter by letter: browsers drop tabs and newlines
    // inside URLs ("jav\tascript:"), so anything before the colon but the exact scheme is refused.
    private static boolean hasWebScheme(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon);
        boolean web = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
        return web && url.startsWith("//", colon + 1) && url.length() > colon + 3 && url.charAt(colon + 3) != '/';
    }

    private static String filter(String text, boolean dropBidi) {
        int i = 0;
        while (i < text.length() && isKept(text, i, dropBidi)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i >= text.length()) {
            return text; // the common case: nothing to remove, no copy
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isKept(text, i, dropBidi)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    // codePointAt returns a lone surrogate as itself, so one test covers pairs and strays.
    private static boolean isKept(String text, int i, boolean dropBidi) {
        int cp = text.codePointAt(i);
        boolean xmlChar = cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
        return xmlChar && !(dropBidi && isBidiControl(cp));
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
