package org.rawafid.parse;

import java.net.URI;
import java.util.Objects;
import org.rawafid.config.Source;
import org.rawafid.model.ParsedFeed;

/**
 * The one place that picks how a source's bytes are read (SPEC §2 {@code type}, §5a): by its
 * {@code type}, and for {@code feed} by content — JSON Feed when the body is a JSON object, else RSS,
 * Atom or RDF through {@link FeedParser}. Every kind yields a {@link ParsedFeed}, so the stages after
 * this one never learn which kind they hold. Thread-safe.
 *
 * <pre>{@code
 * ParsedFeed feed = new SourceParser(new FeedParser(), new DateParser()).parse(source, body, contentType, url, linked);
 * }</pre>
 */
public final class SourceParser {
    private final FeedParser feeds;
    private final DateParser dates;
    private final JsonFeedReader jsonFeeds;
    private final TelegramReader telegram;

    public SourceParser(FeedParser feeds, DateParser dates) {
        this.feeds = Objects.requireNonNull(feeds, "feeds");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.jsonFeeds = new JsonFeedReader(dates);
        this.telegram = new TelegramReader(dates);
    }

    /** RSS, Atom, RDF and JSON Feed read with the default date parser. */
    public SourceParser() {
        this(new FeedParser(), new DateParser());
    }

    /**
     * @param linked fetches what a source links to and must be read with it (a sitemap index's sitemaps)
     * @throws ParseException when the bytes are not of the source's kind, or yield no items for a
     *                        kind that is not a feed (an empty listing page is a failure, never an empty success)
     */
    public ParsedFeed parse(Source source, byte[] body, String contentType, URI url, LinkedFetch linked)
            throws ParseException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(linked, "linked");
        try {
            return readerFor(source, body, linked).read(body, contentType, url);
        } catch (ParseException e) {
            if (source.type() == Source.Type.FEED && looksLikeHtml(body)) {
                throw new ParseException(url, "this is a web page, not a feed: "
                        + ListingReader.advertisedFeeds(ListingReader.parse(body, contentType, url)).stream().findFirst()
                        .map(feed -> "set url to the feed it advertises, " + feed + ", or type: html")
                        .orElse("set type: html to read it as a listing page"), e);
            }
            throw e;
        }
    }

    /** {@code <!DOCTYPE html} or {@code <html} near the start: what a site's home page serves. */
    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html");
    }

    private KindReader readerFor(Source source, byte[] body, LinkedFetch linked) {
        return switch (source.type()) {
            case FEED -> JsonFeedReader.looksLikeJson(body) ? jsonFeeds : feeds::parse;
            case SITEMAP -> new SitemapReader(dates, linked);
            case HTML -> new ListingReader(source.select(), dates);
            case TELEGRAM -> telegram;
        };
    }
}
