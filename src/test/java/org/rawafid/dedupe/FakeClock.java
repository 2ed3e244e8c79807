package org.rawafid.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A hand-set clock for tests. */
final class FakeClock implements InstantSource {
    private Instant now;

    FakeClock(Instant now) {
        this.now = now;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
