package org.rawafid.e2e;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rawafid.cli.RawafidCommand;

/** Shared material for end-to-end tests: Arabic feeds, a feeds.yml writer, a CLI runner. */
final class Fixtures {
    private Fixtures() {
    }

    static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>القاهرة الإخبارية</title><link>https://alqaheranews.net/</link>
                <description>أخبار مصر والعالم</description><language>ar</language>
                %s
                </channel></rss>
                """.formatted(String.join("\n", items));
    }

    static String rssItem(String guid, String title, String body, String pubDate) {
        return """
                <item><guid isPermaLink="false">%s</guid><title>%s</title>
                <link>https://alqaheranews.net/news/%s</link><pubDate>%s</pubDate>
                <description><![CDATA[%s]]></description></item>
                """.formatted(guid, title, guid, pubDate, body);
    }

    static String atom(String... entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
                <title>بي بي سي عربي</title><id>urn:bbc:arabic</id><updated>2026-11-28T12:00:00Z</updated>
                <link rel="alternate" href="https://www.bbc.com/arabic"/>
                %s
                </feed>
                """.formatted(String.join("\n", entries));
    }

    static String atomEntry(String id, String title, String body, String updated) {
        return """
                <entry><id>%s</id><title>%s</title><link rel="alternate" href="https://www.bbc.com/arabic/%s"/>
                <updated>%s</updated><author><name>مراسل بي بي سي</name></author>
                <content type="html"><![CDATA[%s]]></content></entry>
                """.formatted(id, title, id.replaceAll("[^a-z0-9]", ""), updated, body);
    }

    static Path writeConfig(Path dir, String body) {
        try {
            Path file = dir.resolve("feeds.yml");
            Files.writeString(file, body);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The times WireMock logged a GET of each URL matching {@code urlRegex}, oldest first, by URL. */
    static java.util.Map<String, java.util.List<java.time.Instant>> requestsBySource(
            com.github.tomakehurst.wiremock.junit5.WireMockExtension wm, String urlRegex) {
        java.util.Map<String, java.util.List<java.time.Instant>> byUrl = new java.util.TreeMap<>();
        for (var r : wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching(urlRegex)))) {
            byUrl.computeIfAbsent(r.getUrl(), k -> new java.util.ArrayList<>()).add(r.getLoggedDate().toInstant());
        }
        byUrl.values().forEach(java.util.Collections::sort);
        return byUrl;
    }

    /** Runs the CLI in-process; returns exit code, stdout and stderr. */
    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RawafidCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
    }
}
