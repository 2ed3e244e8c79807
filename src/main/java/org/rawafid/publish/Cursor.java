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
 * <pre>{@code
 * String next = new Cursor(last.published(), lastStoryId).encode();
 * Optional<Cursor> before = Cursor.decode(request.queryParam("before")); // empty → 400
 * }</pre>
 */
public record Cursor(Instant published, long storyId) {
    private static final String VERSION = "v1";
    private static final int MAX_LENGTH = 128;

    public Cursor {
        Objects.requireNonNull(published, "published");
        if (storyId < 0) {
            throw new IllegalArgumentException("storyId must not be negative: " + storyId);
        }
    }

    public String encode() {
        String plain = VERSION + "~" + published.getEpochSecond() + "~" + published.getNano() + "~" + storyId;
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
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            Instant published = Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
            published.toEpochMilli(); // the store keeps milliseconds: a time beyond them (Instant.MAX) is garbage too
            return Optional.of(new Cursor(published, Long.parseLong(parts[3])));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
