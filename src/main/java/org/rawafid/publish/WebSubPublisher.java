package org.rawafid.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells a WebSub hub that a merged feed changed (W3C WebSub §7 "publishing": a form-encoded
 * {@code hub.mode=publish}, {@code hub.url=<topic>} POST per topic), retrying failed pings with
 * exponential backoff on the injected scheduler. Never blocks the caller; thread-safe.
 */
public final class WebSubPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(WebSubPublisher.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration MAX_DELAY = Duration.ofHours(1);

    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final URI hub;
    private final Retry retry;

    /** How often and how patiently to retry: attempt n waits {@code firstDelay × 2^(n-1)} (capped at 1h) before n+1. */
    public record Retry(int maxAttempts, Duration firstDelay) {
        public static final Retry DEFAULT = new Retry(5, Duration.ofSeconds(30));

        public Retry {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            Objects.requireNonNull(firstDelay, "firstDelay");
        }
    }

    /** The outcome of pinging the hub about one topic. */
    public sealed interface Ping permits Delivered, GaveUp {
        String topic();

        int attempts();
    }

    public record Delivered(String topic, int attempts) implements Ping {
    }

    /** @param reason the last failure: an HTTP status or the I/O error */
    public record GaveUp(String topic, int attempts, String reason) implements Ping {
    }

    public WebSubPublisher(HttpClient client, ScheduledExecutorService scheduler, URI hub, Retry retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.hub = Objects.requireNonNull(hub, "hub");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Pings the hub for the feed's first-page RSS, Atom and JSON Feed URLs (the topics readers subscribe to). */
    public CompletableFuture<List<Ping>> publish(FeedView feed) {
        Objects.requireNonNull(feed, "feed");
        List<CompletableFuture<Ping>> pings = List.of(Format.RSS, Format.ATOM, Format.JSON).stream()
                .map(format -> ping(feed.firstUrl(format))).toList();
        return CompletableFuture.allOf(pings.toArray(CompletableFuture[]::new))
                .thenApply(done -> pings.stream().map(CompletableFuture::join).toList());
    }

    /** Pings the hub about one topic URL; completes (never exceptionally) once delivered or given up. */
    public CompletableFuture<Ping> ping(String topic) {
        Objects.requireNonNull(topic, "topic");
        CompletableFuture<Ping> result = new CompletableFuture<>();
        attempt(topic, 1, result);
        return result;
    }

    private void attempt(String topic, int attempt, CompletableFuture<Ping> result) {
        sent(topic).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                result.complete(new Delivered(topic, attempt));
                return;
            }
            String reason = error != null ? String.valueOf(error.getCause() != null ? error.getCause() : error)
                    : "HTTP " + response.statusCode();
            if (attempt >= retry.maxAttempts() || (error == null && isPermanent(response.statusCode()))) {
                LOG.warn("WebSub hub {} refused {} after {} attempt(s): {}", hub, topic, attempt, reason);
                result.complete(new GaveUp(topic, attempt, reason));
                return;
            }
            scheduler.schedule(() -> attempt(topic, attempt + 1, result), delay(attempt).toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    // The client's address check (a refused hub) throws before anything is sent: a failed attempt too.
    private CompletableFuture<HttpResponse<Void>> sent(String topic) {
        try {
            return client.sendAsync(request(topic), HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private HttpRequest request(String topic) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(hub).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    /** A client error other than timeout or rate limit will not change on retry. */
    private static boolean isPermanent(int status) {
        return status / 100 == 4 && status != 408 && status != 429;
    }

    private Duration delay(int attempt) {
        Duration delay = retry.firstDelay().multipliedBy(1L << Math.min(attempt - 1, 30));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
