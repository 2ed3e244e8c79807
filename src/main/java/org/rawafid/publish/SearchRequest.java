package org.rawafid.publish;

import org.rawafid.config.Durations;
import org.rawafid.search.QuerySyntaxException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * What a reader asked {@code /search} for (SPEC §4a): the query, optionally one merged feed whose
 * sources to search, and how far back ({@code since=48h}).
 *
 * @param sinceText the {@code since} value as given, or null; {@link #since} is its duration
 */
public record SearchRequest(String q, String feed, String sinceText, Duration since, int limit) {
    public static final int DEFAULT_LIMIT = 50;

    public SearchRequest {
        Objects.requireNonNull(q, "q");
    }

    /** From request parameters (each may be null); a bad {@code since} is a {@link QuerySyntaxException}. */
    public static SearchRequest of(String q, String feed, String since) {
        if (q == null || q.isBlank()) {
            throw new QuerySyntaxException("empty query: type a word to search for (q=…)");
        }
        Duration window = null;
        String sinceText = since == null || since.isBlank() ? null : since.strip();
        if (sinceText != null) {
            window = Durations.parse(sinceText).orElseThrow(() ->
                    new QuerySyntaxException("since: \"" + sinceText + "\" is not a duration (use 48h)"));
        }
        return new SearchRequest(q, feed == null || feed.isBlank() ? null : feed.strip(), sinceText, window,
                DEFAULT_LIMIT);
    }

    /** The percent-encoded query parameters that ask for this search again: {@code q=…&feed=…&since=…}. */
    public String parameters() {
        StringBuilder out = new StringBuilder("q=").append(encode(q.strip()));
        if (feed != null) {
            out.append("&feed=").append(encode(feed));
        }
        if (sinceText != null) {
            out.append("&since=").append(encode(sinceText));
        }
        return out.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
