package org.rawafid.config;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes imported feeds as a {@code sources:} block, choosing a readable, unique id for each. */
final class SourcesYamlWriter {
    private final Set<String> usedIds = new HashSet<>();

    String write(String origin, Collection<OpmlFeed> feeds, List<String> skipped) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(feeds.size()).append(" sources imported from ").append(oneLine(origin)).append('\n');
        for (String s : skipped) {
            out.append("# skipped: ").append(oneLine(s)).append('\n');
        }
        out.append(feeds.isEmpty() ? "sources: []\n" : "sources:\n");
        for (OpmlFeed feed : feeds) {
            out.append("  - id: ").append(idFor(feed)).append('\n');
            out.append("    url: ").append(quote(feed.url().toString())).append('\n');
            if (!feed.title().isEmpty()) {
                out.append("    title: ").append(quote(feed.title())).append('\n');
            }
            Set<String> tags = new LinkedHashSet<>();
            feed.tags().forEach(t -> tags.add(tag(t)));
            if (!tags.isEmpty()) {
                out.append("    tags: [").append(String.join(", ", tags.stream().map(SourcesYamlWriter::quote).toList()))
                        .append("]\n");
            }
        }
        return out.toString();
    }

    /**
     * Latin titles make the best ids ("BBC Arabic" → bbc-arabic); for Arabic titles the host name is
     * more recognisable than a romanisation, which is used only to tell apart feeds of one host.
     */
    private String idFor(OpmlFeed feed) {
        String fromTitle = Slugs.slug(feed.title());
        String fromHost = Slugs.slug(host(feed));
        boolean latin = Slugs.hasLatinLetters(feed.title()) && !fromTitle.isEmpty();
        String first = latin ? fromTitle : fromHost;
        List<String> candidates = latin ? List.of(first) : List.of(first, join(fromHost, fromTitle));
        for (String candidate : candidates) {
            if (!candidate.isEmpty() && usedIds.add(candidate)) {
                return candidate;
            }
        }
        String base = first.isEmpty() ? "source" : first;
        int n = 2;
        while (!usedIds.add(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }

    private static String host(OpmlFeed feed) {
        String host = feed.url().getHost() == null ? "" : feed.url().getHost().toLowerCase(Locale.ROOT);
        return host.replaceFirst("^(www|feeds?|rss)\\.", "");
    }

    private static String join(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? "" : a + "-" + b;
    }

    /** Latin folder names become id-like tags ("World News" → world-news); Arabic ones are kept as written. */
    private static String tag(String folder) {
        String slug = Slugs.slug(folder);
        return Slugs.hasLatinLetters(folder) && !slug.isEmpty() ? slug : folder.strip();
    }

    /** A YAML double-quoted scalar; JSON escaping is a subset of YAML's, so this is always valid. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(isControlOrBreak(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /**
     * For comments: every control character and every line break YAML or a text editor knows
     * (LF, CR, VT, FF, NEL, U+2028, U+2029) becomes a space, so nothing after it can be read as keys.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isControlOrBreak(c) ? ' ' : c);
        }
        return out.toString();
    }

    // C0, DEL, C1 (NEL is U+0085) and the Unicode line and paragraph separators: YAML 1.1, which
    // SnakeYAML reads, breaks lines at NEL, LS and PS as well as at CR and LF.
    private static boolean isControlOrBreak(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
