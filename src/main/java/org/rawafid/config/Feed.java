package org.rawafid.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One merged output feed ({@code feeds:} entry).
 *
 * @param maxAge items older than this are not published, or {@code null} for no limit
 */
public record Feed(String id, String title, String description, List<String> sources, List<String> tags,
                   List<String> include, List<String> exclude, Dedupe dedupe, int limit, Duration maxAge) {
    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dedupe, "dedupe");
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** How a merged feed treats the same story from several outlets (SPEC §7). */
    public enum Dedupe { STORY, EXACT }
}
