package org.rawafid.publish;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One page of a merged feed, ready to render in any {@link Format}.
 *
 * @param id          the feed id, served at {@code /feeds/{id}.*}
 * @param language    a BCP 47 tag, {@code "ar"} for Rawafid's feeds
 * @param baseUrl     the service base URL without a trailing slash, for absolute self links
 * @param updated     when the feed last changed (Atom {@code updated}, RSS {@code lastBuildDate})
 * @param hubUrl      the WebSub hub, or {@code null}
 * @param cursor      this page's {@code ?before=} cursor, or {@code null} for the first page
 * @param nextCursor  the next (older) page's cursor, or {@code null} when this is the last page
 * @param entries     newest first
 * @param search      for a search feed ({@code /search.*}), its percent-encoded query parameters
 *                    ({@code q=…&since=48h}) carried by every self link; null for a merged feed
 */
public record FeedView(String id, String title, String description, String language, String baseUrl,
                       Instant updated, String hubUrl, String cursor, String nextCursor, List<EntryView> entries,
                       String search) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public FeedView {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("feed id must match " + ID + ": " + id);
        }
        title = InertText.name(Objects.requireNonNull(title, "title"));
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(updated, "updated");
        if (baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must not end with '/': " + baseUrl);
        }
        description = description == null ? "" : InertText.text(description);
        hubUrl = InertText.webUrl(hubUrl);
        entries = List.copyOf(entries);
    }

    /** A page of a merged feed, served at {@code /feeds/{id}.*}. */
    public FeedView(String id, String title, String description, String language, String baseUrl,
                    Instant updated, String hubUrl, String cursor, String nextCursor, List<EntryView> entries) {
        this(id, title, description, language, baseUrl, updated, hubUrl, cursor, nextCursor, entries, null);
    }

    /** This page as a search feed with the given encoded query parameters. */
    public FeedView asSearch(String parameters) {
        return new FeedView(id, title, description, language, baseUrl, updated, hubUrl, cursor, nextCursor, entries,
                Objects.requireNonNull(parameters, "parameters"));
    }

    /** The absolute URL of this page in {@code format}. */
    public String selfUrl(Format format) {
        return pageUrl(format, cursor);
    }

    /** The absolute URL of the first (newest) page in {@code format}. */
    public String firstUrl(Format format) {
        return pageUrl(format, null);
    }

    /** The absolute URL of the next (older) page in {@code format}, or {@code null} on the last page. */
    public String nextUrl(Format format) {
        return nextCursor == null ? null : pageUrl(format, nextCursor);
    }

    /** The stable feed-level id used by Atom ({@code urn:rawafid:feed:<id>}). */
    public String urn() {
        if (search != null) {
            return "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(search.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return "urn:rawafid:feed:" + id;
    }

    private String pageUrl(Format format, String pageCursor) {
        if (search != null) {
            String url = baseUrl + "/search." + format.extension() + "?" + search;
            return pageCursor == null ? url : url + "&before=" + pageCursor;
        }
        String url = baseUrl + "/feeds/" + id + "." + format.extension();
        // Cursors are base64url, so they need no percent-encoding in a query.
        return pageCursor == null ? url : url + "?before=" + pageCursor;
    }
}
