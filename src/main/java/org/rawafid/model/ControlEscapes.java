package org.rawafid.model;

/**
 * Makes untrusted text safe for one line of a log or a terminal table (issue 18): line breaks
 * become {@code \n} and {@code \r}, a tab {@code \t}, and every other control character (C0, DEL,
 * C1 such as NEL, ESC that would drive the terminal), the Unicode line and paragraph separators
 * and the bidi embedding/override/isolate controls become a backslash, {@code u} and four hex
 * digits (ESC is written as those six characters, {@code 001b}). So a
 * feed's error message can neither forge a log line nor recolour or reorder a terminal.
 * A linear scan; text with nothing to escape is returned as it is. Stateless and thread-safe.
 *
 * <pre>{@code
 * ControlEscapes.escape("bad hour 1\nINFO forged") // "bad hour 1\\nINFO forged", one line
 * }</pre>
 */
public final class ControlEscapes {
    private ControlEscapes() {
    }

    /** {@code text} with control characters escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
