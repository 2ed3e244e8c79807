package org.rawafid.publish;

import java.net.URI;
import java.util.Locale;

/** Escaping for HTML text and attributes, and a guard that only lets web links into {@code href}/{@code src}. */
final class Markup {
    private Markup() {
    }

    /** Escapes text for use in HTML element content or a double- or single-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * True for absolute http(s) URLs. Links come from third-party feeds, so a {@code javascript:}
     * or {@code data:} link must never become a clickable {@code href} on our pages.
     */
    static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            String scheme = URI.create(url.strip()).getScheme();
            return scheme != null && switch (scheme.toLowerCase(Locale.ROOT)) {
                case "http", "https" -> true;
                default -> false;
            };
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
