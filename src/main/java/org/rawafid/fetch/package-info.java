/**
 * Polite HTTP for feeds and article pages: conditional GET, manually followed redirects
 * (so permanent moves are seen), size and time limits enforced while streaming and after
 * gzip/deflate decoding, per-host concurrency and {@code Retry-After} throttling, and the
 * backoff policy that turns an outcome into the next poll time.
 *
 * <p>Expected results (not modified, moved, gone, rate limited, failed) are cases of the
 * sealed {@link org.rawafid.fetch.FetchOutcome}; nothing here throws for network or HTTP
 * trouble. {@link org.rawafid.fetch.PageFetcher} adds an SSRF guard for full-text pages.
 */
package org.rawafid.fetch;
