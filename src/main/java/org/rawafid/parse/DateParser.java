package org.rawafid.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds carry: RFC 822/1123 and RFC 3339/ISO 8601, their usual sloppy variants
 * (no seconds, one-digit days, named zones such as {@code EET} or {@code AST}, {@code GMT+3},
 * two-digit years, ISO without a zone, {@code 2024/05/01 13:00}), and Arabic dates as sites
 * print them ({@code الأحد، ١٥ يونيه ٢٠٢٤ - ٠٣:٢٠ م}, {@code 15 حزيران 2024 15:20}).
 *
 * <p>Rather than one format per variant it finds a date, then a time, then a zone in the
 * text, which is what makes sloppy and Arabic forms cheap to support. Dates without a zone
 * are in the zone given at construction (UTC by default). Immutable and thread-safe.
 *
 * <pre>{@code new DateParser().parse("Sun, 16 Jun 2024 09:05 EEST") // 2024-06-16T06:05:00Z}</pre>
 */
public final class DateParser {
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?(?!\\d)");
    private static final Pattern ISO_COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?)?(?![\\d:])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-.,/]*"
            + MONTH + "(?:[\\s/]*" + MONTH + ")?[\\s\\-.,/]*(\\d{4}|\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![a-z])" + MONTH
            + "[\\s\\-.]*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s*(\\d{4}|\\d{2}))?(?!\\d|:)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![+\\-\\d])(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
            + "(?:\\s*([ap])\\.?\\s?m\\.?(?![a-z]))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_ZONE = Pattern.compile("(?:^|[\\s\\d]|(GMT|UTC|UT))\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?(?!\\d)");
    private static final Pattern LETTER_ZONE = Pattern.compile("(?<![a-z])([a-z]{1,5})(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final Pattern Z_SUFFIX = Pattern.compile("\\dZ$|\\dZ\\b");
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("WET", 0),
            Map.entry("WEST", 60), Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 120),
            Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("MSK", 180),
            // In Arabic news AST is Arabia Standard Time and GST Gulf Standard Time, not Atlantic or South Georgia.
            Map.entry("AST", 180), Map.entry("KSA", 180), Map.entry("GST", 240), Map.entry("IRST", 210),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420));

    private final ZoneId defaultZone;

    /** A parser that reads zone-less dates as UTC. */
    public DateParser() {
        this(ZoneOffset.UTC);
    }

    /** A parser that reads zone-less dates in {@code defaultZone}, e.g. a source's local time. */
    public DateParser(ZoneId defaultZone) {
        this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
    }

    /** The instant {@code text} denotes, or empty when it holds no recognisable date. */
    public Optional<Instant> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 200) {
            return Optional.empty();
        }
        String s = expandCompactIso(ArabicDateText.normalize(text.strip()));
        try {
            return findDate(s).flatMap(date -> atTime(s, date));
        } catch (DateTimeException | NumberFormatException outOfRange) {
            return Optional.empty();
        }
    }

    /** {@code 20031231T101455Z} (ISO 8601 basic format) rewritten as {@code 2003-12-31T10:14:55Z}. */
    private static String expandCompactIso(String s) {
        Matcher c = ISO_COMPACT.matcher(s);
        if (!c.find()) {
            return s;
        }
        String time = c.group(4) == null ? "" : "T" + c.group(4) + ":" + c.group(5) + (c.group(6) == null ? "" : ":" + c.group(6));
        return c.group(1) + "-" + c.group(2) + "-" + c.group(3) + time + s.substring(c.end());
    }

    /** A located calendar date: where it ends in the text, so the time and zone are looked for after it. */
    private record Found(LocalDate date, int end) {
    }

    private Optional<Found> findDate(String s) {
        Matcher m = ISO_DATE.matcher(s);
        if (m.find()) {
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(new Found(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day), m.end()));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(new Found(LocalDate.of(year(m.group(4)), month(m.group(2)), Integer.parseInt(m.group(1))), m.end()));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find() && m.group(3) != null) {
            return Optional.of(new Found(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), m.end()));
        }
        m = NUMERIC_DATE.matcher(s);
        if (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            // Arab and European sites write day/month/year; only an impossible month says otherwise.
            boolean monthFirst = second > 12 && first <= 12;
            return Optional.of(new Found(LocalDate.of(year(m.group(3)), monthFirst ? first : second, monthFirst ? second : first), m.end()));
        }
        return Optional.empty();
    }

    private Optional<Instant> atTime(String s, Found found) {
        String rest = s.substring(found.end());
        Matcher t = TIME.matcher(rest);
        LocalDateTime local = found.date().atStartOfDay();
        int zoneFrom = 0;
        if (t.find()) {
            local = withTime(found.date(), t);
            zoneFrom = t.end();
        }
        String zoneText = rest.substring(zoneFrom);
        Optional<ZoneOffset> offset = zone(zoneText);
        if (offset.isEmpty() && zoneFrom == 0 && Z_SUFFIX.matcher(s).find()) {
            offset = Optional.of(ZoneOffset.UTC);
        }
        return Optional.of(offset.isPresent() ? local.toInstant(offset.get()) : local.atZone(defaultZone).toInstant());
    }

    private static LocalDateTime withTime(LocalDate date, Matcher t) {
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Math.min(59, Integer.parseInt(t.group(3)));
        int nanos = t.group(4) == null ? 0 : Integer.parseInt((t.group(4) + "00000000").substring(0, 9));
        if (t.group(5) != null) {
            boolean pm = t.group(5).equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour == 24 && minute == 0 && second == 0) {
            return date.plusDays(1).atStartOfDay();
        }
        return date.atTime(hour, minute, second, nanos);
    }

    private static Optional<ZoneOffset> zone(String text) {
        Matcher n = NUMERIC_ZONE.matcher(text);
        if (n.find()) {
            int hours = Integer.parseInt(n.group(3));
            int minutes = n.group(4) == null ? 0 : Integer.parseInt(n.group(4));
            int total = hours * 60 + minutes;
            return Optional.of(ZoneOffset.ofTotalSeconds((n.group(2).equals("-") ? -total : total) * 60));
        }
        Matcher letters = LETTER_ZONE.matcher(text);
        while (letters.find()) {
            Integer minutes = ZONE_MINUTES.get(letters.group(1).toUpperCase(Locale.ROOT));
            if (minutes != null) {
                return Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60));
            }
        }
        return Optional.empty();
    }

    /** RFC 2822 section 4.3: two-digit years below 50 are 20xx, the rest 19xx. */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
    }

    private static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
    }
}
