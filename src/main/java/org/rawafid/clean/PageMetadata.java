package org.rawafid.clean;

import java.util.List;

/**
 * What a page says about itself in its head and JSON-LD, before any body heuristics.
 * Every field but {@code dates} may be {@code null}; {@code dates} are raw candidates, best first.
 */
record PageMetadata(String title, String siteName, String author, List<String> dates, String imageUrl,
                    String canonicalUrl, String articleBody, String language) {
    PageMetadata {
        dates = List.copyOf(dates);
    }
}
