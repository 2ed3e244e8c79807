package org.rawafid.publish;

import java.util.List;
import java.util.Objects;

/**
 * One source as an OPML outline.
 *
 * @param xmlUrl   the feed, or {@code null} when it is not an http(s) URL (a {@code file:} source)
 * @param htmlUrl  the outlet's site, or {@code null} when unknown or not http(s)
 * @param language the source's language, or {@code null} when unknown
 */
public record OpmlSource(String title, String xmlUrl, String htmlUrl, String language, List<String> tags) {
    public OpmlSource {
        title = InertText.name(Objects.requireNonNull(title, "title"));
        xmlUrl = InertText.webUrl(Objects.requireNonNull(xmlUrl, "xmlUrl"));
        htmlUrl = InertText.webUrl(htmlUrl);
        language = InertText.text(language);
        tags = tags.stream().map(InertText::text).toList();
    }
}
