package org.rawafid.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shell shared by Rawafid's pages: HTML5, Arabic, right-to-left, a phone-sized viewport and
 * one inline style sheet (so a static export is a single self-contained file). No JavaScript.
 */
final class HtmlPage {
    private static final String CSS = load("/publish/style.css");

    private final StringBuilder html = new StringBuilder(16_384);

    /**
     * Starts a page; {@code extraHead} is trusted markup (e.g. alternate links) already escaped.
     * A wide page (tables) gets a wider column than a reading page.
     */
    HtmlPage(String title, String extraHead, boolean wide) {
        html.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.escape(title)).append("</title>\n")
                .append(extraHead)
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append(wide ? "<main class=\"wide\">\n" : "<main>\n");
    }

    /** Appends trusted markup; callers escape every piece of data with {@link Markup#escape}. */
    HtmlPage append(String markup) {
        html.append(markup);
        return this;
    }

    byte[] finish() {
        html.append("</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A link, or the bare escaped text when {@code url} is not a web URL. */
    static String link(String url, String text) {
        if (!Markup.isWebUrl(url)) {
            return Markup.escape(text);
        }
        return "<a href=\"" + Markup.escape(url) + "\">" + Markup.escape(text) + "</a>";
    }

    /** A URL shown as its own text, isolated left-to-right so it reads correctly inside Arabic text. */
    static String urlLink(String url) {
        if (!Markup.isWebUrl(url)) {
            return "<span dir=\"ltr\">" + Markup.escape(url) + "</span>";
        }
        return "<a dir=\"ltr\" href=\"" + Markup.escape(url) + "\">" + Markup.escape(url) + "</a>";
    }

    private static String load(String resource) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
