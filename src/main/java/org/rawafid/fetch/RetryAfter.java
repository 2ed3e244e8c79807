package org.rawafid.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code Retry-After} (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
 * The result is clamped to [now, now + 24 h]: a date in the past means "now", and a
 * server asking for a week is not allowed to silence a source longer than our backoff cap.
 */
final class RetryAfter {
    static final Duration MAX = Duration.ofHours(24);

    private RetryAfter() {
    }

    /** The instant to retry at, or empty when the header is absent or unreadable. */
    static Optional<Instant> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        Optional<Instant> at = value.chars().allMatch(Character::isDigit)
                ? seconds(value, now)
                : httpDate(value);
        return at.map(instant -> clamp(instant, now));
    }

    private static Optional<Instant> seconds(String value, Instant now) {
        if (value.length() > 9) { // more than ~31 years: clamp rather than overflow
            return Optional.of(now.plus(MAX));
        }
        return Optional.of(now.plusSeconds(Long.parseLong(value)));
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant clamp(Instant at, Instant now) {
        Instant latest = now.plus(MAX);
        if (at.isBefore(now)) {
            return now;
        }
        return at.isAfter(latest) ? latest : at;
    }
}
