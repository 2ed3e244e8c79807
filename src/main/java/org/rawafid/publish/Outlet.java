package org.rawafid.publish;

import java.util.Objects;

/**
 * A news outlet (one configured source) credited by an entry.
 *
 * @param id      the source id from feeds.yml
 * @param title   the outlet's display name
 * @param siteUrl the outlet's home page, or {@code null} when unknown
 * @param feedUrl the feed Rawafid polls, credited by RSS {@code <source url>}; {@code null} when it is
 *                not an http(s) URL (a {@code file:} source)
 */
public record Outlet(String id, String title, String siteUrl, String feedUrl) {
    public Outlet {
        Objects.requireNonNull(id, "id");
        title = InertText.name(Objects.requireNonNull(title, "title"));
        siteUrl = InertText.webUrl(siteUrl);
        feedUrl = InertText.webUrl(feedUrl);
    }

    /** The best page to link for this outlet: its site, else its feed, else {@code null}. */
    public String homeUrl() {
        return siteUrl != null ? siteUrl : feedUrl;
    }
}
