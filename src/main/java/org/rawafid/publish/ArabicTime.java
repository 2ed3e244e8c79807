package org.rawafid.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as Arabic readers expect them: "منذ ٣ ساعات" with Arabic-Indic digits and the Arabic
 * dual and plural forms (one: ساعة، two: ساعتين، 3–10: ساعات، 11+: ساعة), and absolute times in UTC.
 */
final class ArabicTime {
    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter
            .ofPattern("d MMMM y، HH:mm 'UTC'", Locale.forLanguageTag("ar")).withZone(ZoneOffset.UTC);

    /** Singular, dual, plural (3–10) and counted singular (11+) forms of each unit. */
    private enum Unit {
        MINUTE(60, "دقيقة", "دقيقتين", "دقائق", "دقيقة"),
        HOUR(3600, "ساعة", "ساعتين", "ساعات", "ساعة"),
        DAY(86_400, "يوم", "يومين", "أيام", "يوماً"),
        MONTH(30 * 86_400, "شهر", "شهرين", "أشهر", "شهراً"),
        YEAR(365 * 86_400, "سنة", "سنتين", "سنوات", "سنة");

        final long seconds;
        final String one;
        final String two;
        final String few;
        final String many;

        Unit(long seconds, String one, String two, String few, String many) {
            this.seconds = seconds;
            this.one = one;
            this.two = two;
            this.few = few;
            this.many = many;
        }

        String phrase(long n) {
            if (n == 1) {
                return one;
            }
            if (n == 2) {
                return two;
            }
            return digits(n) + " " + (n <= 10 ? few : many);
        }
    }

    private ArabicTime() {
    }

    /** "الآن" under a minute (or for a time in the future), else "منذ …" in the largest whole unit. */
    static String relative(Instant then, Instant now) {
        return phrase("منذ ", Duration.between(then, now).toSeconds());
    }

    /** "الآن" under a minute (or for a time in the past), else "بعد …" in the largest whole unit. */
    static String until(Instant later, Instant now) {
        return phrase("بعد ", Duration.between(now, later).toSeconds());
    }

    private static String phrase(String preposition, long seconds) {
        if (seconds < Unit.MINUTE.seconds) {
            return "الآن";
        }
        Unit unit = Unit.MINUTE;
        for (Unit candidate : Unit.values()) {
            if (seconds >= candidate.seconds) {
                unit = candidate;
            }
        }
        return preposition + unit.phrase(seconds / unit.seconds);
    }

    /** E.g. "٢٨ نوفمبر ٢٠٢٦، ٢١:٠٥ UTC". */
    static String absolute(Instant instant) {
        return digits(ABSOLUTE.format(instant));
    }

    static String digits(long n) {
        return digits(Long.toString(n));
    }

    /** Replaces ASCII digits with Arabic-Indic ones (U+0660…U+0669). */
    static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
