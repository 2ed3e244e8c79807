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
 */
public record IndexView(List<FeedSummary> feeds, List<SourceHealth> sources, String configError,
                        long configGeneration, Instant now, String feedsHref) {
    public IndexView {
        feeds = List.copyOf(feeds);
        sources = List.copyOf(sources);
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(feedsHref, "feedsHref");
        configError = configError == null || configError.isBlank() ? null : InertText.text(configError);
    }

    /** The view for the served page, where feeds live under {@code /feeds/}. */
    public IndexView(List<FeedSummary> feeds, List<SourceHealth> sources, String configError,
                     long configGeneration, Instant now) {
        this(feeds, sources, configError, configGeneration, now, "feeds/");
    }
}
