package org.rawafid.parse;

import java.net.URI;
import java.util.Objects;

/**
 * Fetches a document a source links to and that must be read with it — the sitemaps a sitemap
 * index lists — through the same fetch path, limits and robots.txt rules as the source itself.
 * The refresh stage supplies it; the parse stage never fetches on its own.
 */
@FunctionalInterface
public interface LinkedFetch {
    /** Refuses every fetch: for callers (tests, benchmarks) that read a document on its own. */
    LinkedFetch NONE = url -> {
        throw new ParseException(url, "not fetched: linked documents are not followed here");
    };

    /** @throws ParseException naming the URL and why it could not be fetched */
    Page fetch(URI url) throws ParseException;

    /** A fetched linked document. */
    record Page(byte[] body, String contentType, URI url) {
        public Page {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(url, "url");
        }
    }
}
