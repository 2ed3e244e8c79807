package org.rawafid.parse;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdom2.Document;
import org.jdom2.Element;
import org.rawafid.model.ParsedFeed;

/**
 * The parse stage: feed bytes in, a {@link ParsedFeed} out. Reads every RSS (0.90–2.0,
 * 1.0/RDF) and Atom (0.3, 1.0) flavour Rome reads, in any charset, repairing mildly broken XML
 * but never enabling DTDs or external entities. Thread-safe; one instance serves all sources.
 *
 * <pre>{@code
 * ParsedFeed feed = new FeedParser(new DateParser()).parse(body, "text/xml; charset=windows-1256", url);
 * }</pre>
 */
public final class FeedParser {
    private final CharsetDecoder charsets = new CharsetDecoder();
    private final XmlDocumentReader xml = new XmlDocumentReader();
    private final FeedMapper mapper;
    private final boolean spareRomeDates;

    /** A parser reading item dates with {@code dates}. */
    public FeedParser(DateParser dates) {
        this(dates, true);
    }

    /**
     * @param spareRomeDates hide from Rome the date elements of items whose dates {@code dates}
     *                       reads (false: Rome parses every date, as before; for the test that
     *                       compares the two)
     */
    FeedParser(DateParser dates, boolean spareRomeDates) {
        this.mapper = new FeedMapper(Objects.requireNonNull(dates, "dates"));
        this.spareRomeDates = spareRomeDates;
    }

    /** A parser reading zone-less item dates as UTC. */
    public FeedParser() {
        this(new DateParser());
    }

    /**
     * Parses one fetched feed.
     *
     * @param body              the response body, already un-gzipped
     * @param contentTypeHeader the HTTP Content-Type, or {@code null} (e.g. for a file source)
     * @param feedUrl           the feed's URL: relative links resolve against it, and errors name it
     * @throws ParseException if the bytes are not a feed even after repairs, or carry an entity attack
     */
    public ParsedFeed parse(byte[] body, String contentTypeHeader, URI feedUrl) throws ParseException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(feedUrl, "feedUrl");
        DecodedText text = charsets.decode(body, contentTypeHeader);
        Document document = xml.read(text.text(), feedUrl);
        try {
            RootNormalizer.normalize(document);
            SyndFeed feed = spareRomeDates ? toSyndFeedSparingDates(document, feedUrl) : toSyndFeed(document, feedUrl);
            return mapper.map(feed, document, text, feedUrl);
        } catch (RuntimeException e) {
            // A document odd enough to trip JDOM or Rome while mapping is unreadable, not a crash.
            throw new ParseException(feedUrl, "unreadable feed structure: " + e, e);
        } catch (StackOverflowError e) {
            // JDOM's writers recurse per element; nesting is capped on read, this is the net under that cap.
            throw new ParseException(feedUrl, "unreadable feed structure: nested too deeply (stack overflow)");
        }
    }

    /**
     * Rome parses every item date it meets, trying a new SimpleDateFormat per mask (a quarter of
     * the parse CPU in JFR), though its dates only stand in where our {@link DateParser} reads
     * none. So the date elements of items whose dates ours reads are detached while Rome builds,
     * and put back before mapping: the mapped feed is the same. Where Rome's entries don't line
     * up with the XML items the mapper takes Rome's dates for every item, so then Rome builds
     * again from the whole tree.
     */
    private SyndFeed toSyndFeedSparingDates(Document document, URI feedUrl) throws ParseException {
        List<Element> items = RawElements.items(document.getRootElement());
        List<RawElements.Detached> hidden = new ArrayList<>();
        for (Element item : items) {
            if (mapper.romeDatesUnused(item)) {
                hidden.addAll(RawElements.detachDates(item));
            }
        }
        if (hidden.isEmpty()) {
            return toSyndFeed(document, feedUrl);
        }
        SyndFeed feed;
        try {
            feed = toSyndFeed(document, feedUrl);
        } finally {
            RawElements.reattach(hidden);
        }
        return feed.getEntries().size() == items.size() ? feed : toSyndFeed(document, feedUrl);
    }

    private static SyndFeed toSyndFeed(Document document, URI feedUrl) throws ParseException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(false);
        try {
            return input.build(document);
        } catch (FeedException | RuntimeException e) {
            // Rome signals an unknown root element with IllegalArgumentException and can trip over odd
            // markup with other runtime exceptions; for us both mean "not a feed we can read".
            throw new ParseException(feedUrl, "not an RSS or Atom feed: " + e.getMessage(), e);
        }
    }
}
