package org.rawafid.fetch;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per host, the {@code Retry-After} it asked for, so that every source on that
 * host waits — not only the one whose request got the 429 (SPEC §5). Thread-safe.
 *
 * <p>Bounded: a hold is dropped once it has passed (when its host is looked up, or in a sweep
 * when the map outgrows {@link #MAX_HOSTS}); beyond that many hosts held at once, the holds
 * ending soonest go first. Losing a hold costs one request that the host may refuse again.
 */
final class HostThrottle {
    /** Far more hosts than ever rate-limit us at once; a few hundred KB at most. */
    static final int MAX_HOSTS = 4096;

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
        if (holds.size() > MAX_HOSTS) {
            evict();
        }
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

    /** Hosts currently remembered (for tests). */
    int heldHosts() {
        return holds.size();
    }

    /** Drops passed holds, then the soonest-ending down to three quarters of the cap (so sweeps stay rare). */
    private synchronized void evict() {
        Instant now = clock.instant();
        holds.entrySet().removeIf(e -> !now.isBefore(e.getValue().until()));
        int excess = holds.size() - MAX_HOSTS * 3 / 4;
        if (excess > 0 && holds.size() > MAX_HOSTS) {
            holds.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Hold> e) -> e.getValue().until()))
                    .limit(excess).map(Map.Entry::getKey).toList()
                    .forEach(holds::remove);
        }
    }

    private static String key(String host) {
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }
}
