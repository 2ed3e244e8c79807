package org.rawafid.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects a response body while counting it, so a 50 MB body is cut off at {@code maxBytes}
 * as it streams in rather than after it has all been buffered. {@link #abort} lets the
 * caller's total timeout stop a body that trickles in forever.
 *
 * <p>When {@code failWhenTooLarge} is false (bodies of error and redirect responses, which
 * nobody reads), an oversized body is silently truncated instead, so the status survives.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private static final int INITIAL_BUFFER = 16 * 1024;

    private final long maxBytes;
    private final boolean failWhenTooLarge;

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(INITIAL_BUFFER);
    private long received;

    LimitedBodySubscriber(long maxBytes, boolean failWhenTooLarge) {
        this.maxBytes = maxBytes;
        this.failWhenTooLarge = failWhenTooLarge;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        if (!subscription.compareAndSet(null, s) || result.isDone()) {
            s.cancel();
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            if (result.isDone()) {
                return;
            }
            received += item.remaining();
            if (received > maxBytes) {
                stopAtLimit();
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Fails the body with {@code cause} and closes the stream, e.g. when the total timeout expires. */
    void abort(Throwable cause) {
        result.completeExceptionally(cause);
        cancelSubscription();
    }

    /** Refuses a body whose declared {@code Content-Length} is already over the limit, before reading it. */
    void refuseDeclaredLength(long contentLength) {
        if (contentLength > maxBytes) {
            stopAtLimit();
        }
    }

    private void stopAtLimit() {
        if (failWhenTooLarge) {
            result.completeExceptionally(new BodyTooLargeException("body", maxBytes));
        } else {
            result.complete(new byte[0]);
        }
        cancelSubscription();
    }

    private void cancelSubscription() {
        Flow.Subscription s = subscription.get();
        if (s != null) {
            s.cancel();
        }
    }
}
