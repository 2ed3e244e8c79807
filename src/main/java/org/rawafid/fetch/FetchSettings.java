package org.rawafid.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and patiently the fetchers behave, fixed for their lifetime.
 *
 * @param userAgent      sent on every request
 * @param maxConcurrent  requests in flight across all hosts
 * @param maxPerHost     requests in flight to one host (SPEC §5: 2)
 * @param connectTimeout time allowed to open a connection; the total per-request
 *                       timeout comes with each request
 */
public record FetchSettings(String userAgent, int maxConcurrent, int maxPerHost, Duration connectTimeout) {
    public static final int DEFAULT_MAX_CONCURRENT = 64;
    public static final int DEFAULT_MAX_PER_HOST = 2;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (maxConcurrent < 1 || maxPerHost < 1) {
            throw new IllegalArgumentException("concurrency limits must be at least 1: " + maxConcurrent + ", " + maxPerHost);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
    }

    /** The defaults: 64 in flight overall (as many as the scheduler has threads), 2 per host, 10 s to connect. */
    public static FetchSettings withUserAgent(String userAgent) {
        return new FetchSettings(userAgent, DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_PER_HOST, DEFAULT_CONNECT_TIMEOUT);
    }
}
