package org.rawafid.fetch;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per host, the {@code Retry-After} it asked for, so that every source on that
 * host waits — not only the one whose request got the 429 (SPEC §5). Thread-safe.
 */
final class HostThrottle {
    private record Hold(int status, Instant until) {
    }

    private final InstantSource clock;
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    HostThrottle(InstantSource clock) {
        this.clock = clock;
    }

    /** Holds {@code host} back until {@code until}; a later hold already in place wins. */
    void hold(String host, int status, Instant until) {
        holds.merge(key(host), new Hold(status, until), (old, now) -> old.until().isAfter(now.until()) ? old : now);
    }

    /** The rate-limited outcome to return without a request, while {@code host} is held back. */
    Optional<FetchOutcome.RateLimited> check(String host) {
        Hold hold = holds.get(key(host));
        if (hold == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(hold.until())) {
            holds.remove(key(host), hold);
            return Optional.empty();
        }
        return Optional.of(new FetchOutcome.RateLimited(hold.status(), hold.until()));
    }

    private static String key(String host) {
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
