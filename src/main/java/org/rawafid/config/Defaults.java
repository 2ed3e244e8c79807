package org.rawafid.config;

import java.time.Duration;
import java.util.Objects;

/** The {@code defaults:} block: values every source takes unless it sets its own. */
public record Defaults(Duration interval, Duration timeout, long maxBytes) {
    public static final Defaults DEFAULT = new Defaults(Duration.ofMinutes(15), Duration.ofSeconds(20), 5L * 1024 * 1024);

    public Defaults {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
    }
}
