package org.rawafid.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Fetches article pages for full-text extraction (SPEC §6) with the feed fetcher's limits,
 * host politeness and HTTP client, but only over http/https and only to public addresses:
 * the host of the URL and of every redirect hop is resolved and refused when any of its
 * addresses fails the {@link AddressGuard}, unless private networks are explicitly allowed.
 *
 * <p>The connection goes to the address that was checked ({@link AddressPins}), so a DNS
 * answer that changes in between (rebinding) cannot redirect it.
 *
 * <p>A {@link FetchOutcome.Moved} here just means the page was reached by a permanent
 * redirect; its content is the page. Thread-safe.
 */
public final class PageFetcher {
    static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private final HttpTransport transport;
    private final Predicate<InetAddress> isAllowedAddress;
    private final FailureDescriber failures = new FailureDescriber("fetch page");

    /** Shares {@code feeds}' client, host limits and throttle; refuses private addresses unless allowed. */
    public PageFetcher(FeedFetcher feeds, boolean allowPrivateNetworks) {
        this(feeds, allowPrivateNetworks ? AddressCheck.ANY_ADDRESS : new AddressGuard()::isAllowed);
    }

    PageFetcher(FeedFetcher feeds, Predicate<InetAddress> isAllowedAddress) {
        this.transport = Objects.requireNonNull(feeds, "feeds").transport();
        this.isAllowedAddress = Objects.requireNonNull(isAllowedAddress, "isAllowedAddress");
    }

    /** Fetches the page at {@code url}; never throws for network, HTTP or address trouble. */
    public FetchOutcome fetchPage(URI url, Duration timeout, long maxBytes) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout and maxBytes must be positive");
        }
        return transport.fetch(url, Map.of("Accept", PAGE_ACCEPT), timeout, maxBytes, PageFetcher::refusal,
                isAllowedAddress, failures);
    }

    private static Optional<String> refusal(URI url) {
        return HopGuard.isHttp(url) ? Optional.empty() : Optional.of("only http and https pages are fetched");
    }
}
