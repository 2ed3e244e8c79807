package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/**
 * Runs the Universal Feed Parser conformance corpus against our parser: each file's
 * {@code Expect:} expression is evaluated over the fields Rawafid keeps, and the pass count per
 * folder may never drop below the floor reached (a ratchet). Expectations about what Rawafid
 * does not keep, or about HTML sanitizing and relative-URI resolution (the clean stage's job),
 * are not applicable.
 */
class FeedparserConformanceTest {
    private static final Path CORPUS = Path.of("../shared/fixtures/feedparser");
    /** Pass counts reached; raise them when the parser improves, never lower them. */
    private static final Map<String, Integer> FLOORS = Map.of(
            "wellformed", 286, "encoding", 62, "entities", 254, "illformed", 3);
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset");

    private final FeedParser parser = new FeedParser();

    @Test
    void passesAtLeastAsManyCorpusExpectationsAsBefore() throws IOException {
        Path table = CORPUS.resolve("EXPECTATIONS.tsv");
        Assumptions.assumeTrue(Files.exists(table), "feedparser corpus not present");
        Map<String, int[]> tally = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
            String[] f = splitRow(line);
            String folder = f[0].substring(0, f[0].indexOf('/'));
            if (!FLOORS.containsKey(folder)) {
                continue;
            }
            Outcome outcome = run(f[0], f[3], f[4]);
            int[] counts = tally.computeIfAbsent(folder, k -> new int[4]);
            counts[outcome.ordinal()]++;
            if (outcome == Outcome.FAIL || outcome == Outcome.HTML_EQUIVALENT) {
                failures.add(outcome + "\t" + f[0] + "\t" + f[3] + "\t" + lastDetail);
            }
        }
        Path report = Path.of("target/feedparser-conformance.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, failures);
        tally.forEach((folder, c) -> System.out.printf(Locale.ROOT,
                "feedparser %-10s pass %4d / %4d applicable (%.1f%%); not applicable: %4d unkept, %3d same text as HTML%n",
                folder, c[0], c[0] + c[1], 100.0 * c[0] / Math.max(1, c[0] + c[1]), c[2], c[3]));
        FLOORS.forEach((folder, floor) ->
                assertThat(tally.getOrDefault(folder, new int[4])[0]).as("passes in %s", folder).isGreaterThanOrEqualTo(floor));
    }

    /** HTML_EQUIVALENT: our value is the same text in another HTML serialization (clean stage's business). */
    private enum Outcome { PASS, FAIL, NOT_APPLICABLE, HTML_EQUIVALENT }

    private String lastDetail = "";

    private Outcome run(String path, String expect, String header) throws IOException {
        if (isCleanStageConcern(path, expect)) {
            return Outcome.NOT_APPLICABLE;
        }
        String contentType = header.regionMatches(true, 0, "Content-type:", 0, 13) ? header.substring(13).strip() : null;
        if (contentType != null && contentType.startsWith("text/") && !CHARSET_PARAM.matcher(contentType).find()
                && expect.contains("us-ascii")) {
            // RFC 3023's us-ascii default for text/* is deliberately not followed (SPEC §5: detection).
            return Outcome.NOT_APPLICABLE;
        }
        String base = header.startsWith("Content-Location:") ? header.substring(17).strip()
                : "http://127.0.0.1:8097/" + path;
        byte[] body = Files.readAllBytes(CORPUS.resolve(path));
        Map<String, Object> names;
        try {
            names = names(parser.parse(body, contentType, URI.create(base)));
        } catch (ParseException e) {
            lastDetail = e.getMessage();
            return expect.strip().equals("bozo") || expect.strip().equals("1") ? Outcome.NOT_APPLICABLE : Outcome.FAIL;
        }
        try {
            if (PythonExpectation.evaluate(expect, names)) {
                return Outcome.PASS;
            }
            lastDetail = String.valueOf(names);
            return PythonExpectation.evaluateAsHtml(expect, names) ? Outcome.HTML_EQUIVALENT : Outcome.FAIL;
        } catch (PythonExpectation.NotApplicable e) {
            return Outcome.NOT_APPLICABLE;
        }
    }

    /** Sanitizing HTML and resolving relative URIs inside it belong to the clean stage; CDF is not a format we read. */
    private static boolean isCleanStageConcern(String path, String expect) {
        boolean htmlValue = expect.contains("['value']") || expect.contains("['description']")
                || expect.contains("['summary']") || expect.contains("['content']");
        boolean resolvedUri = expect.contains("href=") || expect.contains("src=");
        return path.contains("sanitize") || path.startsWith("wellformed/cdf/")
                || (path.startsWith("wellformed/base/") && resolvedUri) || (path.startsWith("wellformed/base/") && htmlValue)
                || path.contains("relative_uri") || path.contains("resolve");
    }

    private static Map<String, Object> names(ParsedFeed feed) {
        List<Object> entries = new ArrayList<>();
        for (ParsedItem item : feed.items()) {
            entries.add(entry(item));
        }
        return PythonExpectation.map("feed", feedMap(feed), "entries", entries,
                "encoding", feed.usedCharset(), "version", version(feed.format()));
    }

    private static Map<String, Object> feedMap(ParsedFeed feed) {
        Map<String, Object> detail = PythonExpectation.map("value", feed.title());
        Map<String, Object> description = PythonExpectation.map("value", feed.description());
        return PythonExpectation.map("title", feed.title(), "title_detail", detail, "link", feed.siteUrl(),
                "description", feed.description(), "subtitle", feed.description(), "tagline", feed.description(),
                "subtitle_detail", description, "tagline_detail", description, "language", feed.language());
    }

    private static Map<String, Object> entry(ParsedItem item) {
        String summary = item.summaryHtml() != null ? item.summaryHtml() : item.contentHtml();
        List<Object> tags = new ArrayList<>();
        item.categories().forEach(c -> tags.add(PythonExpectation.map("term", c)));
        Map<String, Object> m = PythonExpectation.map(
                "title_detail", PythonExpectation.map("value", item.title()),
                "summary_detail", item.summaryHtml() == null
                        ? PythonExpectation.map("value", summary, "base", item.baseUri()) : PythonExpectation.map("value", summary),
                "content", List.of(PythonExpectation.map("value", item.contentHtml(), "base", item.baseUri())),
                "tags", tags);
        m.put("title", item.title());
        m.put("link", item.link());
        m.put("id", item.guid());
        m.put("guid", item.guid());
        m.put("description", summary);
        m.put("summary", summary);
        m.put("author", item.author());
        m.put("published_parsed", tuple(item.published()));
        m.put("updated_parsed", tuple(item.updated() != null ? item.updated() : item.published()));
        return m;
    }

    private static List<Long> tuple(Instant instant) {
        if (instant == null) {
            return null;
        }
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        return List.of((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(),
                (long) t.getMinute(), (long) t.getSecond(), (long) t.getDayOfWeek().getValue() - 1, (long) t.getDayOfYear(), 0L);
    }

    private static String version(String format) {
        Matcher m = Pattern.compile("(rss|atom)_(\\d)\\.(\\d+)(\\w?)").matcher(format);
        if (!m.matches()) {
            return format;
        }
        String digits = m.group(2) + m.group(3);
        return m.group(1) + (digits.equals("09") ? "090" : digits) + m.group(4).toLowerCase(Locale.ROOT);
    }

    /** TSV with CSV-style quoting: a field starting with a quote ends at a quote, {@code ""} is a quote. */
    private static String[] splitRow(String line) {
        String[] raw = line.split("\t", -1);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].length() >= 2 && raw[i].startsWith("\"") && raw[i].endsWith("\"")) {
                raw[i] = raw[i].substring(1, raw[i].length() - 1).replace("\"\"", "\"");
            }
        }
        return raw;
    }
}
