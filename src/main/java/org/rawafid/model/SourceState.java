package org.rawafid.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What Rawafid remembers about a source between polls (table {@code source_state}).
 * Every field but {@code sourceId} may be null before the first fetch.
 *
 * @param url             the URL polled now: a permanent redirect replaces the configured one
 * @param configuredUrl   the feeds.yml URL that {@code url} was learnt for; when the admin edits it, the move is forgotten
 * @param outcome         {@code fetched | not-modified | moved | gone | rate-limited | failed}
 * @param failures        consecutive failed fetches, for backoff
 * @param disabledReason  set when the source answered 410 Gone
 */
public record SourceState(String sourceId, String url, String configuredUrl, String etag, String lastModified,
                          String feedTitle, String siteUrl, String language, Instant lastFetchAt,
                          Instant lastSuccessAt, String outcome, Integer httpStatus, String lastError, int failures,
                          Instant nextFetchAt, String declaredCharset, String usedCharset, String disabledReason) {
    public SourceState {
        Objects.requireNonNull(sourceId, "sourceId");
        // Errors quote what a source sent; stored and shown (/, fetch table, logs) on one line.
        lastError = ControlEscapes.escape(lastError);
        disabledReason = ControlEscapes.escape(disabledReason);
    }

    public static SourceState fresh(String sourceId) {
        return new SourceState(sourceId, null, null, null, null, null, null, null, null, null, null, null, null, 0,
                null, null, null, null);
    }

    public boolean isDisabled() {
        return disabledReason != null;
    }

    /** Whether a permanent redirect moved this source away from its configured URL. */
    public boolean isMoved() {
        return url != null && configuredUrl != null && !url.equals(configuredUrl);
    }
}
