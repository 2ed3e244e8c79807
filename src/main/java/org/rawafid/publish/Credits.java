package org.rawafid.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The footer that credits the other outlets of a story ("نشرته أيضاً"), says how many outlets
 * carried it in a feed ranked by coverage, and links the story's page ("قارن التغطيات").
 */
final class Credits {
    /** The Arabic comma, used between outlet links. */
    private static final String ARABIC_COMMA = "، ";
    /** The link text of a story's page: "compare the coverage". */
    static final String STORY_LINK_TEXT = "قارن التغطيات";

    private Credits() {
    }

    /** The entry's content followed by the footer, or just the content when no other outlet carried it. */
    static String contentWithFooter(EntryView entry) {
        String footer = footer(entry);
        return footer.isEmpty() ? entry.contentHtml() : entry.contentHtml() + footer;
    }

    /**
     * {@code <p>نشرته أيضاً: <a href="…">…</a>، … · <a href="…/stories/….html">قارن التغطيات</a></p>},
     * preceded by the outlet count in a coverage feed; "" when there is nothing to say.
     */
    static String footer(EntryView entry) {
        List<String> parts = new ArrayList<>(3);
        if (entry.outlets() > 0) {
            parts.add(CoverageCount.phrase(entry.outlets()));
        }
        if (!entry.also().isEmpty()) {
            parts.add("نشرته أيضاً: " + entry.also().stream().map(Credits::link)
                    .collect(Collectors.joining(ARABIC_COMMA)));
        }
        if (Markup.isWebUrl(entry.storyUrl())) {
            parts.add(storyLink(entry.storyUrl()));
        }
        return parts.isEmpty() ? "" : "<p dir=\"rtl\" lang=\"ar\">" + String.join(" · ", parts) + "</p>";
    }

    /** The link to a story's page (SPEC §8a). */
    static String storyLink(String storyUrl) {
        return "<a href=\"" + Markup.escape(storyUrl) + "\">" + STORY_LINK_TEXT + "</a>";
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
