package org.rawafid.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads byte sizes: plain bytes or a whole number with B, KB, MB or GB (binary multiples, as curl and nginx do). */
final class Sizes {
    private static final Pattern STRICT = Pattern.compile(KnownKeys.SIZE_REGEX);
    private static final Pattern LOOSE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb|k|m|g|kib|mib|gib)");

    private Sizes() {
    }

    static Optional<Long> parse(String text) {
        Matcher m = STRICT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(1) == null ? "B" : m.group(1);
        String digits = text.substring(0, text.length() - (m.group(1) == null ? 0 : unit.length()));
        try {
            return Optional.of(Math.multiplyExact(Long.parseLong(digits), multiplier(unit)));
        } catch (ArithmeticException | NumberFormatException tooBig) {
            return Optional.empty();
        }
    }

    static String notASize(String text) {
        Matcher m = LOOSE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            String unit = m.group(2).substring(0, 1).toUpperCase(Locale.ROOT);
            return Durations.quote(text) + " is not a size (use " + m.group(1) + (unit.equals("B") ? "" : unit) + "B)";
        }
        return Durations.quote(text) + " is not a size (use bytes or a whole number with KB, MB or GB, e.g. 5MB)";
    }

    private static long multiplier(String unit) {
        return switch (unit) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
    }
}
