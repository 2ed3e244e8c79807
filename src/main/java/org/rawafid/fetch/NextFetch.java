package org.rawafid.fetch;

import java.time.Instant;

/**
 * When to poll a source next, and its consecutive-failure count to store with it
 * ({@code source_state.next_fetch_at}, {@code failures}).
 *
 * @param at       the next poll, or {@code null} when the source must not be polled again
 *                 (it is gone and gets disabled)
 * @param failures consecutive failures so far; 0 after any answer that was not an error
 */
public record NextFetch(Instant at, int failures) {
    public NextFetch {
        if (failures < 0) {
            throw new IllegalArgumentException("failures must not be negative: " + failures);
        }
    }

    /** False for a gone source: disable it instead of scheduling. */
    public boolean isScheduled() {
        return at != null;
    }
}
