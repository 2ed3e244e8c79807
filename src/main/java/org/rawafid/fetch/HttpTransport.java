package org.rawafid.fetch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Predicate;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Follows one request through up to {@link RedirectTrail#MAX_REDIRECTS} redirects to a {@link FetchOutcome},
 * under the host limits and throttle. Redirects are followed here, not by the JDK client,
 * so that permanent moves are seen, hops counted, loops caught and every hop checked by a
 * {@link HopGuard} and, resolved once, by the address policy; the connection is pinned to the
 * checked address ({@link AddressPins}). Shared by {@link FeedFetcher} and {@link PageFetcher}; thread-safe.
 */
final class HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    /** A 429 without {@code Retry-After}: wait an hour, a common crawler default, rather than hammer. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofHours(1);

    private final Route publicOnly;
    private final Route anyAddress;
    private final AddressCheck addresses;
    private final HostResolver resolver;
    private final HostLimiter limiter;
    private final HostThrottle throttle;
    private final InstantSource clock;

    /** A client with its own pins: pins made under one address policy never serve the other. */
    private record Route(HttpExchange exchange, AddressPins pins) {
        static Route of(FetchSettings settings) {
            AddressPins pins = new AddressPins();
            return new Route(new HttpExchange(new LazyClient(settings, pins), settings.userAgent()), pins);
        }
    }

    HttpTransport(FetchSettings settings, InstantSource clock, HostResolver resolver) {
        this.publicOnly = Route.of(settings);
        this.anyAddress = Route.of(settings);
        this.addresses = new AddressCheck(resolver);
        this.resolver = resolver;
        this.limiter = new HostLimiter(settings.maxConcurrent(), settings.maxPerHost());
        this.throttle = new HostThrottle(clock);
        this.clock = clock;
    }

    /**
     * @param allows which resolved addresses every hop may connect to ({@link AddressCheck#ANY_ADDRESS}
     *               for all); the connection goes to the address that was checked
     */
    FetchOutcome fetch(URI start, Map<String, String> headers, Duration timeout, long maxBytes,
                       HopGuard guard, Predicate<InetAddress> allows, FailureDescriber failures) {
        Route route = allows == AddressCheck.ANY_ADDRESS ? anyAddress : publicOnly;
        // A monotonic deadline, not the injected clock: this measures elapsed time, not when.
        long deadline = System.nanoTime() + timeout.toNanos();
        RedirectTrail trail = new RedirectTrail(start);
        URI current = start;
        while (true) {
            Optional<FetchOutcome> stop = refuseOrHold(current, guard, failures);
            if (stop.isPresent()) {
                return stop.get();
            }
            AddressCheck.Result checked = addresses.check(current, allows);
            if (checked instanceof AddressCheck.Refused refused) {
                return failures.failed(current, null, refused.reason());
            }
            HopResponse response;
            try {
                response = sendLimited(route, current, ((AddressCheck.Allowed) checked).address(), headers, deadline,
                        maxBytes);
            } catch (IOException | TimeoutException e) {
                return failures.failed(current, e, timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failures.failed(current, null, "interrupted");
            }
            LOG.debug("GET {} -> {}", current, response.status());
            if (!response.isRedirect()) {
                return classify(response, trail.movedTo(), maxBytes, failures, timeout);
            }
            URI next = resolve(current, response.header("Location"));
            Optional<String> problem = next == null
                    ? Optional.of("bad redirect Location " + response.header("Location"))
                    : trail.follow(response, next);
            if (problem.isPresent()) {
                return failures.failed(start, response.status(), problem.get());
            }
            current = next;
        }
    }

    // Checked before every hop: the guard (scheme, SSRF) and the host's Retry-After hold.
    private Optional<FetchOutcome> refuseOrHold(URI url, HopGuard guard, FailureDescriber failures) {
        Optional<String> refusal = guard.refusal(url);
        if (refusal.isPresent()) {
            return Optional.of(failures.failed(url, null, refusal.get()));
        }
        return throttle.check(url.getHost()).map(FetchOutcome.class::cast);
    }

    private HopResponse sendLimited(Route route, URI url, InetAddress address, Map<String, String> headers,
                                    long deadline, long maxBytes)
            throws IOException, TimeoutException, InterruptedException {
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        try (HostLimiter.Permit permit = limiter.acquire(url.getHost(), deadline - System.nanoTime());
             AddressPins.Release pin = route.pins().pin(url, resolver.dial(new InetSocketAddress(address, port)))) {
            if (permit == null) {
                throw new TimeoutException("no free connection slot for " + url.getHost());
            }
            return route.exchange().send(url, headers, deadline, maxBytes);
        }
    }

    private FetchOutcome classify(HopResponse response, URI movedTo, long maxBytes,
                                  FailureDescriber failures, Duration timeout) {
        int status = response.status();
        if (response.isSuccess()) {
            try {
                byte[] body = BodyDecoder.decode(response.header("Content-Encoding"), response.body(), maxBytes);
                FetchOutcome.Fetched fetched = new FetchOutcome.Fetched(status, body, response.header("Content-Type"),
                        response.header("ETag"), response.header("Last-Modified"), response.url(),
                        CacheControl.maxAge(response.header("Cache-Control")));
                return movedTo == null ? fetched : new FetchOutcome.Moved(movedTo, fetched);
            } catch (IOException e) {
                return failures.failed(response.url(), status, FailureDescriber.describe(e, timeout));
            }
        }
        return switch (status) {
            case 304 -> new FetchOutcome.NotModified(response.header("ETag"), response.header("Last-Modified"),
                    CacheControl.maxAge(response.header("Cache-Control")), movedTo);
            case 410 -> new FetchOutcome.Gone(status);
            case 429, 503 -> rateLimited(response, failures);
            default -> failures.failed(response.url(), status, "HTTP " + status);
        };
    }

    // RFC 6585 §4: 429 is always a request to slow down. A 503 is one only when it says
    // when to come back; without Retry-After it is an outage and backs off like other 5xx.
    private FetchOutcome rateLimited(HopResponse response, FailureDescriber failures) {
        Instant now = clock.instant();
        Optional<Instant> retryAt = RetryAfter.parse(response.header("Retry-After"), now);
        if (retryAt.isEmpty() && response.status() == 503) {
            return failures.failed(response.url(), 503, "HTTP 503");
        }
        Instant at = retryAt.orElse(now.plus(DEFAULT_RETRY_AFTER));
        throttle.hold(response.url().getHost(), response.status(), at);
        return new FetchOutcome.RateLimited(response.status(), at);
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.trim())).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
