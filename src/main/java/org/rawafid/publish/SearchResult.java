package org.rawafid.publish;

import org.rawafid.search.Query;

import java.util.Objects;

/** One page of search hits as a feed, with the parsed query (for marking matched words). */
public record SearchResult(FeedView view, Query query) {
    public SearchResult {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(query, "query");
    }
}
