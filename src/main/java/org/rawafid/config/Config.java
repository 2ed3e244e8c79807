package org.rawafid.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole of a validated feeds.yml: immutable, sealed once loaded.
 *
 * <p>Produced only by {@link ConfigLoader}; every value here has already been
 * checked, and per-source values already have the {@code defaults:} applied.
 */
public record Config(Service service, Defaults defaults, List<Source> sources, List<Feed> feeds) {
    public Config {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(defaults, "defaults");
        sources = List.copyOf(sources);
        feeds = List.copyOf(feeds);
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Feed> feed(String id) {
        return feeds.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The sources a merged feed draws from: named by id, or carrying one of its tags. */
    public List<Source> sourcesOf(Feed feed) {
        return sources.stream()
                .filter(s -> feed.searchesEverySource() || feed.sources().contains(s.id())
                        || s.tags().stream().anyMatch(feed.tags()::contains))
                .toList();
    }
}
