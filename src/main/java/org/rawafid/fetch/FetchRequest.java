package org.rawafid.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One poll of one source.
 *
 * @param url          http, https or file URL
 * @param etag         the stored {@code ETag} to send as {@code If-None-Match}, or {@code null}
 * @param lastModified the stored {@code Last-Modified} to send as {@code If-Modified-Since}, or {@code null}
 * @param timeout      total time for the whole fetch, redirects and body included
 * @param maxBytes     limit on the body, both as received and after decoding
 */
public record FetchRequest(URI url, String etag, String lastModified, Duration timeout, long maxBytes) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
            throw new IllegalArgumentException("url must be http, https or file: " + url);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        etag = blankToNull(etag);
        lastModified = blankToNull(lastModified);
    }

    /** An unconditional request, for a source never fetched before. */
    public static FetchRequest of(URI url, Duration timeout, long maxBytes) {
        return new FetchRequest(url, null, null, timeout, maxBytes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
