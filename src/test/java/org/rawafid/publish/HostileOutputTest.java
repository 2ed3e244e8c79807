package org.rawafid.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.publish.SampleFeeds.NOW;

/** Issue 18 rows 9 and 11 and bidi: whatever a source publishes, every output stays well-formed and inert. */
class HostileOutputTest {
    /** XML-illegal characters (C0 controls, U+FFFE/FFFF, a lone surrogate) and bidi controls. */
    private static final String BAD = "\u0001\u0008\u000B\u001B\uFFFE\uFFFF\uD800";
    private static final String BIDI = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    private static final Outlet EVIL_OUTLET = new Outlet("evil", "منفذ" + BIDI + BAD, "javascript:alert('site')",
            "file:///etc/passwd");
    private static final Outlet GOOD_OUTLET = new Outlet("good", "منفذ جيد", "https://good.example/",
            "https://good.example/rss.xml");

    static FeedView hostileFeed() {
        EntryView evil = new EntryView("urn:rawafid:story:1", "عنوان" + BAD + BIDI + " خبيث",
                " JaVaScRiPt:alert('link')", "ملخص" + BAD, "<p>نص" + BAD + "</p>", NOW.minusSeconds(60), null,
                "كاتب" + BIDI + BAD, List.of("وسم" + BAD, BAD), "data:image/svg+xml,<svg onload=alert(1)>",
                EVIL_OUTLET, List.of(new AlsoReport(GOOD_OUTLET, "تقرير" + BAD, "vbscript:msgbox(1)")));
        EntryView good = new EntryView("urn:rawafid:story:2", "خبر عادي", "https://good.example/news/2", "ملخص",
                "", NOW.minusSeconds(120), null, null, List.of(), "https://good.example/2.jpg", GOOD_OUTLET,
                List.of(new AlsoReport(EVIL_OUTLET, "تقرير آخر", "https://evil.example/ok")));
        EntryView linkless = new EntryView("urn:rawafid:story:3", "بلا رابط", "java\tscript:alert(3)", "", "",
                NOW.minusSeconds(180), null, null, List.of(), null, EVIL_OUTLET, List.of());
        return new FeedView("hostile", "خلاصة" + BIDI + BAD, "وصف" + BAD, "ar", "http://localhost:8080", NOW,
                "javascript:alert('hub')", null, null, List.of(evil, good, linkless));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyFormatRendersHostileTextWellFormedAndWithoutIt(Format format) throws Exception {
        byte[] bytes = new FeedWriter(InstantSource.fixed(NOW)).render(hostileFeed(), format);
        String out = new String(bytes, StandardCharsets.UTF_8);

        switch (format) {
            case RSS, ATOM -> Xml.parse(bytes);
            case JSON -> new ObjectMapper().readTree(bytes);
            default -> assertThat(out).startsWith("<!DOCTYPE html>");
        }
        assertInert(out);
        assertThat(out).contains("https://good.example/news/2", "عنوان", "خبيث", "https://evil.example/ok");
    }

    @Test
    void opmlListsOnlyWebUrlsAndCleanNames() {
        byte[] bytes = new OpmlWriter().write("مصادر" + BAD, List.of(
                new OpmlSource("منفذ" + BIDI + BAD, "file:///etc/passwd", "javascript:alert(1)", "ar", List.of("x" + BAD)),
                new OpmlSource("جيد", "https://good.example/rss.xml", "https://good.example/", "ar", List.of())));
        String out = new String(bytes, StandardCharsets.UTF_8);

        Xml.parse(bytes);
        assertInert(out);
        assertThat(out).contains("xmlUrl=\"https://good.example/rss.xml\"").doesNotContain("file:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://a.example/x|https://a.example/x", "HTTP://A.example/|HTTP://A.example/",
            "' http://a.example/ '|http://a.example/", "javascript:alert(1)|", "JavaScript:alert(1)|",
            "java\tscript:alert(1)|", "data:text/html,x|", "vbscript:x|", "file:///etc/passwd|", "//evil.example/|",
            "http:evil|", "http:///x|", "mailto:a@b.example|", "/relative|", "''|"})
    void onlyAbsoluteWebUrlsSurvive(String url, String expected) {
        assertThat(InertText.webUrl(url.replace("\\t", "\t"))).isEqualTo(expected);
    }

    private static void assertInert(String out) {
        assertThat(out.codePoints().filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate((char) c)).toArray()).isEmpty();
        assertThat(out.codePoints().filter(c -> BIDI.indexOf(c) >= 0).toArray()).isEmpty();
        String lower = out.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("javascript:", "vbscript:", "data:image", "file:///", "&#1;", "&#x1;",
                "\\u0001", "&#xfffe;");
    }
}
