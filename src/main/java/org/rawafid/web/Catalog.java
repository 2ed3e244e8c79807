package org.rawafid.web;

import java.util.Optional;

/** What the HTTP layer serves, rendered elsewhere. Implementations are thread-safe and cache. */
public interface Catalog {
    /** The front page: feeds, source health, config error. */
    Representation index();

    /**
     * The front page's overview ({@code 0}) or one page of the full source list ({@code /?page=N}),
     * or empty when there is no such page.
     */
    default Optional<Representation> index(int page) {
        return page == 0 ? Optional.of(index()) : Optional.empty();
    }

    /**
     * A merged feed in one format ({@code rss, atom, json, html}), or empty when no such feed.
     *
     * @param cursor the {@code before} query parameter, or null for the first page
     * @throws BadCursorException when the cursor is not one we issued
     */
    Optional<Representation> feed(String id, String format, String cursor);

    /**
     * Search hits ({@code /search}, SPEC §4a) in one format ({@code html, rss, atom, json}), or empty
     * for an unknown format. Parameters may be null.
     *
     * @throws BadQueryException for bad syntax, a bad {@code since} or an unknown {@code feed}
     * @throws BadCursorException when the cursor is not one we issued
     */
    default Optional<Representation> search(String format, String q, String feed, String since, String cursor) {
        return Optional.empty();
    }

    Representation opml();

    /**
     * A story's page ({@code html} or {@code json}, SPEC §8a), or empty when the key is malformed,
     * names no story, or the format is not one stories are served in.
     */
    default Optional<Representation> story(String key, String format) {
        return Optional.empty();
    }

    /** {@code /healthz}: the JSON body and whether everything is ok (200) or degraded (503). */
    Health health();

    /** Prometheus text exposition. */
    String metrics();

    record Health(boolean ok, byte[] json) {
    }

    /** A search that cannot run; the message is the one-line reason. */
    final class BadQueryException extends RuntimeException {
        public BadQueryException(String message) {
            super(message);
        }
    }

    /** A {@code ?before=} value we did not issue. */
    final class BadCursorException extends RuntimeException {
        public BadCursorException(String message) {
            super(message);
        }
    }
}
