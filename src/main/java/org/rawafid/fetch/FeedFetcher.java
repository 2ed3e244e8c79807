package org.rawafid.fetch;

import java.net.http.HttpClient;
import java.util.function.Supplier;
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
 * honoured for every source on that host.
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

    public FeedFetcher(FetchSettings settings, InstantSource clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        this.transport = new HttpTransport(new LazyClient(settings), settings, clock);
    }

    /**
     * The JDK client, built on first use: building it loads the TLS trust store and the
     * security providers (~0.3–0.6 s), which need not delay the service's start — the first
     * fetch comes after the HTTP server is already serving.
     */
    private static final class LazyClient implements Supplier<HttpClient> {
        private final FetchSettings settings;
        private volatile HttpClient client;

        LazyClient(FetchSettings settings) {
            this.settings = settings;
        }

        @Override
        public HttpClient get() {
            HttpClient c = client;
            if (c == null) {
                synchronized (this) {
                    c = client;
                    if (c == null) {
                        c = HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_2)
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .connectTimeout(settings.connectTimeout())
                                .build();
                        client = c;
                    }
                }
            }
            return c;
        }
    }

    /** Fetches {@code request.url()}; a {@code file:} URL is read from disk under the same size limit. */
    public FetchOutcome fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        if ("file".equalsIgnoreCase(request.url().getScheme())) {
            return files.read(request, failures);
        }
        return transport.fetch(request.url(), conditionalHeaders(request), request.timeout(), request.maxBytes(),
                HopGuard.HTTP_ONLY, failures);
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
