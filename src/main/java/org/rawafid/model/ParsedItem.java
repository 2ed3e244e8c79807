package org.rawafid.model;

import java.time.Instant;
import java.util.List;

/**
 * One feed item as parsed, before cleaning. Strings the item did not provide are {@code null};
 * {@code categories} is never {@code null}.
 *
 * @param guid        RSS guid, Atom id or RSS 1.0 rdf:about exactly as written, or {@code null} when absent
 * @param link        the item's link, made absolute against {@code baseUri}, or {@code null}
 * @param title       raw title: may still hold entities or markup, which the clean stage strips
 * @param contentHtml the fullest HTML body (content:encoded, Atom content, else the description)
 * @param summaryHtml the description/summary when it differs from {@code contentHtml}, else {@code null}
 * @param published   publication time, or {@code null} when the item has no usable date
 * @param updated     last-update time, or {@code null}
 * @param imageUrl    absolute URL of the item's image (enclosure, media:content, media:thumbnail), or {@code null}
 * @param baseUri     the URI relative links in this item resolve against (xml:base, else the feed URL)
 */
public record ParsedItem(String guid, String link, String title, String contentHtml, String summaryHtml,
                         String author, Instant published, Instant updated, List<String> categories,
                         String imageUrl, String baseUri) {
    public ParsedItem {
        categories = List.copyOf(categories);
    }
}
