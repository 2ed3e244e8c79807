package org.rawafid.refresh;

import java.time.Duration;
import java.util.Objects;

/**
 * What one refresh of one source did, for the {@code fetch} table, logs and metrics.
 *
 * @param outcome    {@code fetched | moved | not-modified | gone | rate-limited | failed}
 * @param httpStatus the final HTTP status, or null (file: sources, network failures)
 * @param error      a sentence a person can act on, or null on success
 * @param bytes      body bytes received (after decoding), 0 when none
 * @param merged     new items that joined another outlet's story
 */
public record RefreshReport(String sourceId, String outcome, Integer httpStatus, int newItems, int updatedItems,
                            Duration duration, String error, long bytes, int merged) {
    public RefreshReport {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
    }

    /** A report of a fetch that stored nothing (not modified, failed, …). */
    public RefreshReport(String sourceId, String outcome, Integer httpStatus, Duration duration, String error) {
        this(sourceId, outcome, httpStatus, 0, 0, duration, error, 0, 0);
    }

    public boolean isFailure() {
        return error != null;
    }
}
