package org.rawafid.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One {@code sources:} entry, with defaults already applied.
 *
 * @param title    the configured title, or {@code null} to use the feed's own
 * @param language the configured language, or {@code null} to use the feed's, else detection
 * @param extract  per-site full-text rules, or {@code null}
 */
public record Source(String id, URI url, String title, Duration interval, Duration timeout, long maxBytes,
                     String language, List<String> tags, boolean enabled, boolean fullText, Extract extract) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(timeout, "timeout");
        tags = List.copyOf(tags);
    }

    /** {@code extract:} rules: a CSS selector for the article body and selectors to remove inside it. */
    public record Extract(String content, List<String> remove) {
        public Extract {
            remove = List.copyOf(remove);
        }
    }
}
