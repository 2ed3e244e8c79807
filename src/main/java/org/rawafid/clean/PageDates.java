package org.rawafid.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default date parser of {@link ArticleExtractor}: ISO 8601 as pages write it in metadata
 * (offset with or without colon, seconds optional, space instead of {@code T}, date only) and the
 * common "07 أكتوبر 2020 - 12:09 م" and "4 آب/اغسطس 2013" forms. The parse stage's richer Arabic parser can be injected
 * instead. Times without an offset are taken as UTC.
 */
final class PageDates {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("uuuu-MM-dd").optionalStart().optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().appendPattern("HH:mm").optionalStart()
            .appendPattern(":ss").optionalEnd().optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd().optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd().optionalEnd().toFormatter();
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern ARABIC_DATE = Pattern.compile(
            "(\\d{1,2})\\s*[/\\-]?\\s*(\\p{L}+(?:\\s(?:الثاني|الأول|الاول))?)(?:\\s*/\\s*\\p{L}+)?\\s*[/\\-,،]?\\s*(\\d{4})"
                    + "(?:\\D{0,5}?(\\d{1,2}):(\\d{2})\\s*(ص|م|am|pm)?)?", Pattern.CASE_INSENSITIVE);

    /** A page's date text ("نشر في 12 يناير 2024 - 10:30 ص") is short; longer text is not a date. */
    private static final int MAX_DATE_TEXT = 500;

    private PageDates() {
    }

    static Optional<Instant> parse(String raw) {
        String s = toAsciiDigits(raw.strip());
        try {
            TemporalAccessor t = ISO.parseBest(s, java.time.OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (t instanceof java.time.OffsetDateTime odt) {
                return Optional.of(odt.toInstant());
            }
            if (t instanceof LocalDateTime ldt) {
                return Optional.of(ldt.toInstant(ZoneOffset.UTC));
            }
            return Optional.of(((LocalDate) t).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return parseArabic(s);
        }
    }

    private static Optional<Instant> parseArabic(String raw) {
        // Runs of spaces folded and the text bounded first: the regex's adjacent "\\s*[/\\-]?\\s*"
        // split one long run of spaces every way there is, quadratically (issue 18 audit).
        String folded = ArabicText.foldSpaces(raw);
        String s = folded.length() > MAX_DATE_TEXT ? folded.substring(0, MAX_DATE_TEXT) : folded;
        Matcher m = ARABIC_DATE.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(ArabicText.fold(m.group(2)));
            if (month == null) {
                continue;
            }
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : time(m);
            return Optional.of(date.atTime(time).toInstant(ZoneOffset.UTC));
        }
        return Optional.empty();
    }

    private static LocalTime time(Matcher m) {
        int hour = Integer.parseInt(m.group(4)) % 12;
        boolean pm = m.group(6) != null && (m.group(6).equals("م") || m.group(6).equalsIgnoreCase("pm"));
        boolean twelveHour = m.group(6) != null;
        return LocalTime.of(twelveHour ? hour + (pm ? 12 : 0) : Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    }

    private static String toAsciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.isDigit(cp) ? '0' + Character.digit(cp, 10) : cp));
        return out.toString();
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
            {"يناير", "كانون الثاني", "جانفي"}, {"فبراير", "شباط", "فيفري"}, {"مارس", "آذار"},
            {"أبريل", "إبريل", "نيسان", "أفريل"}, {"مايو", "أيار", "ماي"}, {"يونيو", "يونيه", "حزيران", "جوان"},
            {"يوليو", "يوليه", "تموز", "جويلية"}, {"أغسطس", "آب", "أوت"}, {"سبتمبر", "أيلول"},
            {"أكتوبر", "تشرين الأول"}, {"نوفمبر", "تشرين الثاني"}, {"ديسمبر", "كانون الأول"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(ArabicText.fold(name), i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
