package org.rawafid.publish;

import java.util.stream.Collectors;

/** The "نشرته أيضاً" (also reported by) footer that credits the other outlets of a story. */
final class Credits {
    /** The Arabic comma, used between outlet links. */
    private static final String ARABIC_COMMA = "، ";

    private Credits() {
    }

    /** The entry's content followed by the footer, or just the content when no other outlet carried it. */
    static String contentWithFooter(EntryView entry) {
        String footer = footer(entry);
        return footer.isEmpty() ? entry.contentHtml() : entry.contentHtml() + footer;
    }

    /** {@code <p>نشرته أيضاً: <a href="…">…</a>، …</p>}, or "" when there are no other reports. */
    static String footer(EntryView entry) {
        if (entry.also().isEmpty()) {
            return "";
        }
        String links = entry.also().stream().map(Credits::link).collect(Collectors.joining(ARABIC_COMMA));
        return "<p dir=\"rtl\" lang=\"ar\">نشرته أيضاً: " + links + "</p>";
    }

    private static String link(AlsoReport report) {
        String name = Markup.escape(report.outlet().title());
        if (!Markup.isWebUrl(report.link())) {
            return name;
        }
        return "<a href=\"" + Markup.escape(report.link()) + "\" title=\"" + Markup.escape(report.title()) + "\">"
                + name + "</a>";
    }
}
