package org.rawafid.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.util.function.Predicate;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches source feeds politely (SPEC §5): conditional GET with the stored validators,
 * up to 5 redirects with permanent moves reported, gzip/deflate with the size limit
 * applied while streaming and after decoding, a total timeout, at most
 * {@link FetchSettings#maxPerHost()} requests in flight per host and
 * {@link FetchSettings#maxConcurrent()} overall, and a host's {@code Retry-After}
 * honoured for every source on that host. Every hop's host is resolved once and checked
 * ({@link AddressGuard}) and the connection pinned to the checked address.
 *
 * <p>Never throws for network or HTTP trouble; every result is a {@link FetchOutcome}.
 * Thread-safe: one instance (and its single HTTP client) serves all sources.
 *
 * <pre>{@code
 * FeedFetcher fetcher = new FeedFetcher(FetchSettings.withUserAgent("Rawafid/1.0"), InstantSource.system());
 * switch (fetcher.fetch(new FetchRequest(url, etag, lastModified, Duration.ofSeconds(20), 5_000_000))) {
 *     case FetchOutcome.Fetched f -> parse(f.body());
 *     ...
 * }
 * }</pre>
 */
public final class FeedFetcher {
    static final String FEED_ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

    private final HttpTransport transport;
    private final LocalFileReader files = new LocalFileReader();
    private final FailureDescriber failures = new FailureDescriber("fetch");

    private final Predicate<InetAddress> publicOnly = new AddressGuard()::isAllowed;
    private final boolean allowPrivateNetworks;

    /** Resolves with the system's DNS; private addresses only for sources whose own host is private. */
    public FeedFetcher(FetchSettings settings, InstantSource clock) {
        this(settings, clock, HostResolver.SYSTEM, false);
    }

    /**
     * @param resolver             resolves every hop's host for the address check (tests put names in front of
     *                             local servers with it)
     * @param allowPrivateNetworks {@code service.allowPrivateNetworks}: every source may reach private,
     *                             loopback and link-local addresses
     */
    public FeedFetcher(FetchSettings settings, InstantSource clock, HostResolver resolver,
                       boolean allowPrivateNetworks) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        this.transport = new HttpTransport(settings, clock, Objects.requireNonNull(resolver, "resolver"));
        this.allowPrivateNetworks = allowPrivateNetworks;
    }

    /** Fetches {@code request.url()}; a {@code file:} URL is read from disk under the same size limit. */
    public FetchOutcome fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        if ("file".equalsIgnoreCase(request.url().getScheme())) {
            return files.read(request, failures);
        }
        return transport.fetch(request.url(), conditionalHeaders(request), request.timeout(), request.maxBytes(),
                HopGuard.HTTP_ONLY, addressPolicy(request.url()), failures);
    }

    /**
     * SSRF by redirect (issue 18): a feed on the public internet may not send us, by a redirect
     * or by its DNS, to a private, loopback or link-local address; a source the admin put on
     * their own network (by its configured host name) may, and so may all with
     * {@code service.allowPrivateNetworks}.
     */
    private Predicate<InetAddress> addressPolicy(URI url) {
        return allowPrivateNetworks || AddressCheck.isPrivateHost(url.getHost()) ? AddressCheck.ANY_ADDRESS : publicOnly;
    }

    HttpTransport transport() {
        return transport;
    }

    private static Map<String, String> conditionalHeaders(FetchRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", FEED_ACCEPT);
        if (request.etag() != null) {
            headers.put("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            headers.put("If-Modified-Since", request.lastModified());
        }
        return headers;
    }
}
