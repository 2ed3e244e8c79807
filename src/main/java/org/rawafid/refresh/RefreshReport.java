package org.rawafid.refresh;

import java.time.Duration;
import java.util.Objects;

/**
 * What one refresh of one source did, for the {@code fetch} table, logs and metrics.
 *
 * @param outcome    {@code fetched | moved | not-modified | gone | rate-limited | failed}
 * @param httpStatus the final HTTP status, or null (file: sources, network failures)
 * @param error      a sentence a person can act on, or null on success
 */
public record RefreshReport(String sourceId, String outcome, Integer httpStatus, int newItems, int updatedItems,
                            Duration duration, String error) {
    public RefreshReport {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
    }

    public boolean isFailure() {
        return error != null;
    }
}
