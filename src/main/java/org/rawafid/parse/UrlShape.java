package org.rawafid.parse;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The shape of an article URL: the sequence of its path segments' kinds ({@code /l/n} for
 * {@code /news/97421}, {@code /l/n/d/d/s} for {@code /news/2026/11/28/some-slug}), so that links of one
 * listing can be grouped by shape. A URL on another site, without an id or slug, or with a path segment
 * naming another kind of page (tag, category, section, author, page …) has no shape.
 */
final class UrlShape {
    /** Path segments of listing pages of another kind: tags, sections, authors, search, pages. */
    private static final Set<String> NOT_ARTICLE = Set.of("tag", "tags", "category", "categories", "section",
            "sections", "author", "authors", "writer", "writers", "topic", "topics", "search", "page", "login",
            "register", "subscribe", "contact", "about", "privacy", "terms", "rss", "feed", "feeds", "archive");

    private UrlShape() {
    }

    /** The shape of {@code link} found on {@code page}, or {@code null} when it is no article of this site. */
    static String of(String link, URI page) {
        URI u;
        try {
            u = URI.create(link.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (u.getHost() == null || !sameSite(u.getHost(), page.getHost())) {
            return null;
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        StringBuilder shape = new StringBuilder();
        boolean hasId = false;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String s = segment.toLowerCase(Locale.ROOT);
            if (NOT_ARTICLE.contains(s)) {
                return null;
            }
            char kind = kind(s);
            hasId |= kind == 'n' || kind == 's' || kind == 'm';
            shape.append('/').append(kind);
        }
        if (u.getRawQuery() != null && hasNumericValue(u.getRawQuery())) {
            hasId = true;
            shape.append("?n");
        }
        return hasId ? shape.toString() : null;
    }

    /** n: a number of three digits or more; d: a short number; s: a slug; m: letters around a long number; l: a word. */
    private static char kind(String segment) {
        int dot = segment.lastIndexOf('.');
        String s = dot > 0 ? segment.substring(0, dot) : segment;
        int digits = 0;
        int separators = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' || c == '_' || c == '+') {
                separators++;
            }
        }
        if (!s.isEmpty() && digits == s.length()) {
            return digits >= 3 ? 'n' : 'd';
        }
        if (separators >= 2 && s.length() >= 12 || s.contains("%") && s.length() >= 18) {
            return 's';
        }
        return digits >= 4 ? 'm' : 'l';
    }

    private static boolean hasNumericValue(String query) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : pair.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            if (!name.equals("page") && !name.equals("p") && !name.startsWith("utm") && value.length() >= 3
                    && value.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSite(String host, String pageHost) {
        String a = host.toLowerCase(Locale.ROOT);
        String b = pageHost == null ? "" : pageHost.toLowerCase(Locale.ROOT);
        a = a.startsWith("www.") ? a.substring(4) : a;
        b = b.startsWith("www.") ? b.substring(4) : b;
        return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
    }
}
