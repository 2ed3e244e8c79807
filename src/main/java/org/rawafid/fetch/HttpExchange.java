package org.rawafid.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.function.Supplier;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one GET and waits for its whole body, no longer than the caller's deadline. The
 * JDK client's own request timeout only covers the wait for headers, so the body is
 * collected by a {@link LimitedBodySubscriber} that this class aborts when time runs out.
 */
final class HttpExchange {
    /** Bodies of redirects and errors are never read; keep only this much of them. */
    private static final long IGNORED_BODY_LIMIT = 64 * 1024;

    private final Supplier<HttpClient> client;
    private final String userAgent;

    HttpExchange(Supplier<HttpClient> client, String userAgent) {
        this.client = client;
        this.userAgent = userAgent;
    }

    /**
     * @param deadline a {@link System#nanoTime()} value
     * @throws TimeoutException when the deadline passes before the body is complete
     * @throws IOException      for network faults and oversized bodies
     */
    HopResponse send(URI url, Map<String, String> headers, long deadline, long maxBytes)
            throws IOException, TimeoutException, InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException("deadline passed before the request");
        }
        AtomicReference<LimitedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client.get().sendAsync(request(url, headers, Duration.ofNanos(left)),
                    info -> subscriber(info, maxBytes, body));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e); // e.g. no pinned address: refused before anything was sent
        }
        try {
            HttpResponse<byte[]> response = future.get(left, TimeUnit.NANOSECONDS);
            return new HopResponse(url, response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            LimitedBodySubscriber subscriber = body.get();
            if (subscriber != null) {
                subscriber.abort(e);
            }
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true); // the caller is shutting down; don't leave the download running
            throw e;
        } catch (ExecutionException e) {
            throw asIoException(e.getCause());
        }
    }

    private HttpRequest request(URI url, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).GET().timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept-Encoding", "gzip, deflate");
        // Cleartext HTTP/2 needs an h2c upgrade that feed servers rarely speak and some
        // mishandle; over TLS the client negotiates HTTP/2 by ALPN and falls back to 1.1.
        if ("http".equalsIgnoreCase(url.getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach(builder::header);
        return builder.build();
    }

    // Cancelling the subscription when a body is refused makes the JDK client close the
    // connection (checked against a server streaming 1 GB: it sees a broken pipe after ~4 MB).
    private static LimitedBodySubscriber subscriber(HttpResponse.ResponseInfo info, long maxBytes,
                                                    AtomicReference<LimitedBodySubscriber> holder) {
        boolean wanted = info.statusCode() >= 200 && info.statusCode() < 300;
        LimitedBodySubscriber subscriber = wanted
                ? new LimitedBodySubscriber(maxBytes, true)
                : new LimitedBodySubscriber(IGNORED_BODY_LIMIT, false);
        info.headers().firstValueAsLong("Content-Length").ifPresent(subscriber::refuseDeclaredLength);
        holder.set(subscriber);
        return subscriber;
    }

    private static IOException asIoException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        return new IOException(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }
}
