package org.rawafid.parse;

import org.jsoup.nodes.Entities;

/** Plain text (JSON Feed {@code content_text}, a Telegram post) as HTML that keeps its paragraphs and line breaks. */
final class PlainText {
    private PlainText() {
    }

    /** Blank lines separate paragraphs; single line breaks become {@code <br>}. */
    static String toHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 32);
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.isBlank()) {
                flush(paragraph, html);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "<br>").append(Entities.escape(line.strip()));
            }
        }
        flush(paragraph, html);
        return html.toString();
    }

    private static void flush(StringBuilder paragraph, StringBuilder html) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(paragraph).append("</p>");
            paragraph.setLength(0);
        }
    }

    /** Text that must not be read as markup (a JSON title that happens to contain {@code <}). */
    static String escape(String text) {
        return text == null ? null : Entities.escape(text);
    }
}
