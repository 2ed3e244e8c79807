package org.rawafid.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One story's page (SPEC §8a): every report, oldest first, ready to render as HTML or JSON.
 *
 * @param guid    the story's permanent id ({@code urn:rawafid:story:…})
 * @param baseUrl the service base URL without a trailing slash
 * @param updated the newest change among the reports, for Last-Modified
 * @param reports oldest first; the first is the first report
 */
public record StoryView(String guid, String baseUrl, Instant updated, List<Report> reports) {
    /**
     * One outlet's report.
     *
     * @param first whether this is the story's first report
     * @param title the title, words that differ from the other reports marked
     * @param lead  the plain-text lead, likewise marked; may be empty
     */
    public record Report(Outlet outlet, Instant published, String link, boolean first, MarkedText title,
                         MarkedText lead) {
        public Report {
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(lead, "lead");
        }
    }

    public StoryView {
        Objects.requireNonNull(guid, "guid");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(updated, "updated");
        reports = List.copyOf(reports);
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one report");
        }
    }

    /** The story's headline: its first report's title. */
    public String title() {
        return reports.get(0).title().plain();
    }

    /** How many distinct outlets reported the story. */
    public int outlets() {
        return (int) reports.stream().map(r -> r.outlet().id()).distinct().count();
    }

    /** The absolute URL of this page in {@code format} (HTML or JSON). */
    public String url(Format format) {
        return StoryKey.pageUrl(baseUrl, guid, format);
    }
}
