package org.rawafid.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the index page ({@code /}) shows.
 *
 * @param configError      the current feeds.yml error (the last good config is still running), or {@code null}
 * @param configGeneration how many times a configuration has been loaded
 * @param now              the time relative times are counted from
 * @param feedsHref        the relative prefix of feed files: {@code "feeds/"} when served, {@code ""} in an export
 * @param baseUrl          the service's absolute base URL without a trailing slash, for the autodiscovery links,
 *                         or {@code null} to make them relative (as the subscribe links)
 * @param page             {@code 0} for the overview (every source up to {@link IndexPage#COLLAPSE_ABOVE}, else
 *                         a summary and the sources needing attention), the 1-based page of the full list,
 *                         or {@link #ALL}
 */
public record IndexView(List<FeedSummary> feeds, List<SourceHealth> sources, String configError,
                        long configGeneration, Instant now, String feedsHref, String baseUrl, int page) {
    /** Every source in one table, whatever the count: for a static export, which has no further pages. */
    public static final int ALL = -1;

    public IndexView {
        feeds = List.copyOf(feeds);
        sources = List.copyOf(sources);
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(feedsHref, "feedsHref");
        configError = configError == null || configError.isBlank() ? null : InertText.text(configError);
        if (baseUrl != null && baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must not end with '/': " + baseUrl);
        }
        if (page < ALL) {
            throw new IllegalArgumentException("page must be ALL, 0 (overview) or more: " + page);
        }
    }

    public IndexView(List<FeedSummary> feeds, List<SourceHealth> sources, String configError,
                     long configGeneration, Instant now, String feedsHref) {
        this(feeds, sources, configError, configGeneration, now, feedsHref, null, 0);
    }

    /** The view for the served page, where feeds live under {@code /feeds/}. */
    public IndexView(List<FeedSummary> feeds, List<SourceHealth> sources, String configError,
                     long configGeneration, Instant now) {
        this(feeds, sources, configError, configGeneration, now, "feeds/");
    }

    /** How many pages the full source list takes ({@link IndexPage#PAGE_SIZE} rows each; at least one). */
    public int pages() {
        return Math.max(1, (sources.size() + IndexPage.PAGE_SIZE - 1) / IndexPage.PAGE_SIZE);
    }
}
