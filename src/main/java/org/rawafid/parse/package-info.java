/**
 * Parse stage: turns the bytes of a fetched feed into a {@link org.rawafid.model.ParsedFeed}.
 * It picks the charset (HTTP header, BOM, XML declaration, then detection, so windows-1256
 * Arabic mislabelled as ISO-8859-1 still reads as Arabic), parses every RSS and Atom flavour
 * Rome reads with DTDs and external entities off, repairs mildly broken XML the way
 * feedparser's loose mode does, and reads dates, Arabic ones included, with {@link
 * org.rawafid.parse.DateParser}. Rome types never leave this package.
 *
 * <p>Sources that are not RSS or Atom (SPEC §5a) are read here too, one reader per kind behind
 * {@code KindReader} — {@code JsonFeedReader}, {@code SitemapReader}, {@code ListingReader} (with
 * {@code ArticleLinkFinder} when a listing has no selectors) and {@code TelegramReader} — chosen in
 * one place, {@link org.rawafid.parse.SourceParser}, by the source's {@code type} and, for feeds, by
 * content. jsoup and Jackson types stay inside the package like Rome's.
 */
package org.rawafid.parse;
