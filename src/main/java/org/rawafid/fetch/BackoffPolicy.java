package org.rawafid.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Decides the next poll of a source from the outcome of the last one: one method per
 * outcome, no state, no I/O. After n consecutive errors the wait is interval × 2ⁿ, capped
 * at 24 h and jittered ±10 % (never above the cap) so failing sources spread out instead of retrying in step;
 * any answer from the server resets the count. A feed's {@code <ttl>} or
 * {@code Cache-Control: max-age} only ever lengthens the configured interval (up to the
 * same 24 h cap), so a publisher can ask for fewer polls but never for more.
 *
 * <p>Thread-safe when the injected {@link RandomGenerator} is, e.g. {@code new java.util.Random()}.
 */
public final class BackoffPolicy {
    public static final Duration MAX_WAIT = Duration.ofHours(24);
    static final double JITTER = 0.10;

    private final InstantSource clock;
    private final RandomGenerator random;

    public BackoffPolicy(InstantSource clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A 2xx body: poll again after the interval, or the feed's longer TTL/max-age. */
    public NextFetch onSuccess(Duration interval, Duration feedTtl) {
        requirePositive(interval);
        return new NextFetch(clock.instant().plus(atLeastInterval(interval, feedTtl)), 0);
    }

    /** A 304: the same as success; nothing changed but the server answered. */
    public NextFetch onNotModified(Duration interval, Duration feedTtl) {
        return onSuccess(interval, feedTtl);
    }

    /** 429/503: not before the server's {@code retryAt}, and not sooner than the interval. */
    public NextFetch onRateLimited(Duration interval, Instant retryAt) {
        requirePositive(interval);
        Objects.requireNonNull(retryAt, "retryAt");
        Instant regular = clock.instant().plus(interval);
        return new NextFetch(retryAt.isAfter(regular) ? retryAt : regular, 0);
    }

    /** 410: never again; the caller disables the source. */
    public NextFetch onGone() {
        return new NextFetch(null, 0);
    }

    /**
     * Any failure (404, 5xx, network, limits).
     *
     * @param consecutiveFailures failures in a row INCLUDING this one, so the first error waits interval × 2
     */
    public NextFetch onError(Duration interval, int consecutiveFailures) {
        requirePositive(interval);
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("consecutiveFailures must be at least 1: " + consecutiveFailures);
        }
        return new NextFetch(clock.instant().plus(backoff(interval, consecutiveFailures)), consecutiveFailures);
    }

    // min(interval × 2ⁿ, 24 h) ± 10 %, then clamped to [interval, 24 h]: jitter applies after
    // the cap so sources stuck at the cap still spread (over 21.6–24 h), and a source
    // configured for longer than 24 h is never polled more often because it failed.
    private Duration backoff(Duration interval, int failures) {
        double factor = failures >= 62 ? Double.MAX_VALUE : Math.pow(2, failures);
        double base = Math.min(interval.toMillis() * factor, (double) MAX_WAIT.toMillis());
        double jitter = 1 + (random.nextDouble() * 2 - 1) * JITTER;
        Duration wait = Duration.ofMillis((long) Math.min(base * jitter, (double) MAX_WAIT.toMillis()));
        return wait.compareTo(interval) < 0 ? interval : wait;
    }

    private static Duration atLeastInterval(Duration interval, Duration feedTtl) {
        if (feedTtl == null || feedTtl.compareTo(interval) <= 0) {
            return interval;
        }
        Duration capped = feedTtl.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : feedTtl;
        return capped.compareTo(interval) > 0 ? capped : interval;
    }

    private static void requirePositive(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
    }
}
