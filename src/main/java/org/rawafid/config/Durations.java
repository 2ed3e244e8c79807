package org.rawafid.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the feeds.yml duration syntax: a whole number and one unit of s, m, h or d. */
public final class Durations {
    private static final Pattern STRICT = Pattern.compile(KnownKeys.DURATION_REGEX);
    /** What people write instead ("5 minutes", "2 hrs", "300"), so the error can say what was meant. */
    private static final Pattern LOOSE = Pattern.compile("(\\d+)\\s*([a-z]*)\\.?");
    private static final Map<String, String> UNIT_WORDS = Map.ofEntries(
            Map.entry("", "s"), Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("second", "s"),
            Map.entry("seconds", "s"), Map.entry("min", "m"), Map.entry("mins", "m"), Map.entry("minute", "m"),
            Map.entry("minutes", "m"), Map.entry("hr", "h"), Map.entry("hrs", "h"), Map.entry("hour", "h"),
            Map.entry("hours", "h"), Map.entry("day", "d"), Map.entry("days", "d"),
            Map.entry("s", "s"), Map.entry("m", "m"), Map.entry("h", "h"), Map.entry("d", "d"));

    private Durations() {
    }

    /** A duration in feeds.yml syntax ({@code 30s}, {@code 15m}, {@code 48h}, {@code 7d}), or empty. */
    public static Optional<Duration> parse(String text) {
        if (!STRICT.matcher(text).matches()) {
            return Optional.empty();
        }
        long amount;
        try {
            amount = Long.parseLong(text.substring(0, text.length() - 1));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Optional.of(Duration.ofSeconds(amount));
            case 'm' -> Optional.of(Duration.ofMinutes(Math.min(amount, Long.MAX_VALUE / 60)));
            case 'h' -> Optional.of(Duration.ofHours(Math.min(amount, Long.MAX_VALUE / 3600)));
            default -> Optional.of(Duration.ofDays(Math.min(amount, Long.MAX_VALUE / 86400)));
        };
    }

    /** The error text for something that is not a duration, with the spelling it most likely meant. */
    static String notADuration(String text) {
        if (STRICT.matcher(text).matches()) {
            return Durations.quote(text) + " is too large";
        }
        Matcher m = LOOSE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (m.matches() && UNIT_WORDS.containsKey(m.group(2))) {
            return quote(text) + " is not a duration (use " + m.group(1) + UNIT_WORDS.get(m.group(2)) + ")";
        }
        return quote(text) + " is not a duration (use a whole number and a unit s, m, h or d, e.g. 15m)";
    }

    /** The shortest exact spelling: 30s, 15m, 2h, 7d. */
    static String format(Duration d) {
        long s = d.getSeconds();
        if (s != 0 && s % 86400 == 0) {
            return s / 86400 + "d";
        } else if (s != 0 && s % 3600 == 0) {
            return s / 3600 + "h";
        } else if (s != 0 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
