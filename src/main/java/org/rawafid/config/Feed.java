package org.rawafid.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One merged output feed ({@code feeds:} entry).
 *
 * @param maxAge items older than this are not published, or {@code null} for no limit
 * @param query  a saved search (SPEC §4a) the feed's entries must match, or {@code null}
 * @param rank   the order of entries (SPEC §8a)
 * @param window how far back {@code rank: coverage} counts outlets
 */
public record Feed(String id, String title, String description, List<String> sources, List<String> tags,
                   List<String> include, List<String> exclude, Dedupe dedupe, int limit, Duration maxAge,
                   String query, Rank rank, Duration window) {
    /** The coverage window when a feed names none (SPEC §2). */
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dedupe, "dedupe");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(window, "window");
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** A feed ranked by recency, without a saved search. */
    public Feed(String id, String title, String description, List<String> sources, List<String> tags,
                List<String> include, List<String> exclude, Dedupe dedupe, int limit, Duration maxAge) {
        this(id, title, description, sources, tags, include, exclude, dedupe, limit, maxAge, null, Rank.RECENT,
                DEFAULT_WINDOW);
    }

    /** True when the feed is a saved search over every source (a {@code query:} with no sources or tags). */
    public boolean searchesEverySource() {
        return query != null && sources.isEmpty() && tags.isEmpty();
    }

    /** How a merged feed orders its entries (SPEC §8a). */
    public enum Rank {
        /** Newest story first. */
        RECENT,
        /** Most distinct outlets within the window first, then the newest report. */
        COVERAGE
    }

    /** How a merged feed treats the same story from several outlets (SPEC §7). */
    public enum Dedupe { STORY, EXACT }
}
