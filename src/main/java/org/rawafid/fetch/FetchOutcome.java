package org.rawafid.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one fetch came to. Every expected result of talking to a server is a case here, so
 * callers {@code switch} over it instead of catching exceptions. {@link #name()} is the
 * value stored in {@code source_state.outcome} and counted in metrics.
 */
public sealed interface FetchOutcome {

    /** {@code fetched | moved | not-modified | gone | rate-limited | failed}. */
    String name();

    /**
     * A body arrived (2xx), possibly after temporary redirects (302, 303, 307). The body is
     * already decoded (gzip/deflate) and is not copied: treat it as read-only.
     *
     * @param contentType  the {@code Content-Type} header (with any charset parameter), or {@code null}
     * @param etag         the new validator to store, or {@code null}
     * @param lastModified the new validator to store, or {@code null}
     * @param finalUrl     where the body came from after redirects (base for relative links)
     * @param maxAge       {@code Cache-Control: max-age}, or {@code null}
     */
    record Fetched(int status, byte[] body, String contentType, String etag, String lastModified,
                   URI finalUrl, Duration maxAge) implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(finalUrl, "finalUrl");
        }

        @Override
        public String name() {
            return "fetched";
        }

        // Records compare arrays by identity; two fetches of the same bytes are equal.
        @Override
        public boolean equals(Object o) {
            return o instanceof Fetched f && status == f.status && Arrays.equals(body, f.body)
                    && Objects.equals(contentType, f.contentType) && Objects.equals(etag, f.etag)
                    && Objects.equals(lastModified, f.lastModified) && finalUrl.equals(f.finalUrl)
                    && Objects.equals(maxAge, f.maxAge);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, Arrays.hashCode(body), contentType, etag, lastModified, finalUrl, maxAge);
        }

        @Override
        public String toString() {
            return "Fetched[" + status + ", " + body.length + " bytes from " + finalUrl + "]";
        }
    }

    /**
     * A permanent redirect (301, 308) led to {@code content}: store {@code newUrl} and poll it
     * from now on. {@code newUrl} is the end of the leading run of permanent hops, so a 301
     * followed by a 302 stores the 301's target only.
     */
    record Moved(URI newUrl, Fetched content) implements FetchOutcome {
        public Moved {
            Objects.requireNonNull(newUrl, "newUrl");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public String name() {
            return "moved";
        }
    }

    /**
     * 304: nothing to parse. Validators and max-age are those of the 304 response when it
     * repeats them, else {@code null} (keep the stored ones).
     *
     * @param movedTo the new permanent URL when a 301/308 preceded the 304, else {@code null};
     *                without it a moved, unchanged feed would never learn its new address
     */
    record NotModified(String etag, String lastModified, Duration maxAge, URI movedTo) implements FetchOutcome {
        @Override
        public String name() {
            return "not-modified";
        }
    }

    /** 410: the source should be disabled with this status as the visible reason. */
    record Gone(int status) implements FetchOutcome {
        @Override
        public String name() {
            return "gone";
        }
    }

    /**
     * 429, or 503 with {@code Retry-After}: try again no earlier than {@code retryAt}. Every
     * source on the same host is held back until then without a request being sent.
     */
    record RateLimited(int status, Instant retryAt) implements FetchOutcome {
        public RateLimited {
            Objects.requireNonNull(retryAt, "retryAt");
        }

        @Override
        public String name() {
            return "rate-limited";
        }
    }

    /**
     * Anything else: an HTTP error, a network fault, a limit exceeded, a bad body.
     *
     * @param status the HTTP status when one was received, else {@code null}
     * @param reason human-readable, naming the stage and URL, e.g. {@code fetch https://x/rss: HTTP 404}
     */
    record Failed(Integer status, String reason) implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String name() {
            return "failed";
        }
    }
}
