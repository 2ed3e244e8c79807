package org.rawafid.publish;

import java.util.List;
import java.util.Objects;

/**
 * One source as an OPML outline.
 *
 * @param htmlUrl  the outlet's site, or {@code null} when unknown
 * @param language the source's language, or {@code null} when unknown
 */
public record OpmlSource(String title, String xmlUrl, String htmlUrl, String language, List<String> tags) {
    public OpmlSource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xmlUrl, "xmlUrl");
        tags = List.copyOf(tags);
    }
}
