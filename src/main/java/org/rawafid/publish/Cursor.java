package org.rawafid.publish;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * An opaque, stable paging cursor for {@code ?before=}: the position (published time, story id)
 * of the last entry on a page; the next page holds the entries strictly older than it, with the
 * story id breaking ties. Encoded as unpadded base64url, so it is safe in a query string as is.
 *
 * <p>A feed ranked by coverage (SPEC §8a) orders by (outlets, newest report, story id), so its
 * cursors also carry {@code outlets} (at least 1) and are written as version 2; a recency cursor
 * has {@code outlets == 0}. Each kind of feed accepts only its own kind.
 *
 * <pre>{@code
 * String next = new Cursor(last.published(), lastStoryId).encode();
 * Optional<Cursor> before = Cursor.decode(request.queryParam("before")); // empty → 400
 * }</pre>
 */
public record Cursor(Instant published, long storyId, int outlets) {
    private static final String VERSION = "v1";
    private static final String COVERAGE_VERSION = "v2";
    private static final int MAX_LENGTH = 128;

    public Cursor {
        Objects.requireNonNull(published, "published");
        if (storyId < 0) {
            throw new IllegalArgumentException("storyId must not be negative: " + storyId);
        }
        if (outlets < 0) {
            throw new IllegalArgumentException("outlets must not be negative: " + outlets);
        }
    }

    /** A recency cursor. */
    public Cursor(Instant published, long storyId) {
        this(published, storyId, 0);
    }

    /** True for a cursor of a feed ranked by coverage. */
    public boolean isCoverage() {
        return outlets > 0;
    }

    public String encode() {
        String plain = (isCoverage() ? COVERAGE_VERSION : VERSION) + "~" + published.getEpochSecond() + "~"
                + published.getNano() + "~" + storyId + (isCoverage() ? "~" + outlets : "");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The cursor {@code text} encodes, or empty for null, garbage, a cursor from an unknown version
     * or a time the store cannot hold (outside epoch milliseconds), so no cursor can fail a query.
     */
    public static Optional<Cursor> decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("~", -1);
            boolean coverage = parts.length == 5 && COVERAGE_VERSION.equals(parts[0]);
            if (!coverage && (parts.length != 4 || !VERSION.equals(parts[0]))) {
                return Optional.empty();
            }
            Instant published = Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
            published.toEpochMilli(); // the store keeps milliseconds: a time beyond them (Instant.MAX) is garbage too
            int outlets = coverage ? Integer.parseInt(parts[4]) : 0;
            if (coverage && outlets < 1) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(published, Long.parseLong(parts[3]), outlets));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
