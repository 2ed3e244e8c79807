package org.rawafid.search;

import org.rawafid.model.StoredItem;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Answers a parsed {@link Query} a page at a time: hits newest first, keyset-paged on
 * {@code (published_at, id)} like the feeds, one entry per story when asked. Thread-safe.
 */
public final class QueryRunner {
    private final SearchRepository repository;

    public QueryRunner(SearchRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /**
     * One page of a search.
     *
     * @param notBefore  oldest publication time to include (from {@code since}), or null
     * @param beforeTime keyset cursor: only hits strictly older than (beforeTime, beforeId); null for page one
     * @param byStory    one hit per story: its earliest matching report among {@code sourceIds}
     */
    public record Page(Query query, Collection<String> sourceIds, Instant notBefore, Instant beforeTime,
                       long beforeId, int limit, boolean byStory) {
        public Page {
            Objects.requireNonNull(query, "query");
            sourceIds = List.copyOf(sourceIds);
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive: " + limit);
            }
        }
    }

    /** How many hits a search of these sources has in all (one per story when {@code byStory}). */
    public long count(Query query, Collection<String> sourceIds, Instant notBefore, boolean byStory) {
        return repository.count(Objects.requireNonNull(query, "query"), List.copyOf(sourceIds), notBefore, byStory);
    }

    public List<StoredItem> hits(Page page) {
        return repository.hits(page.query(), page.sourceIds(), page.notBefore(), page.beforeTime(),
                page.beforeId(), page.limit(), page.byStory());
    }
}
