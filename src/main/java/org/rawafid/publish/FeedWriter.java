package org.rawafid.publish;

import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.search.Highlighter;

import java.time.InstantSource;
import java.util.Objects;

/**
 * Renders one page of a merged feed in any {@link Format}: RSS 2.0 and Atom 1.0 through Rome,
 * JSON Feed 1.1 through Jackson, and an HTML page. Thread-safe; render once per change and serve
 * the bytes from memory.
 *
 * <pre>{@code
 * byte[] atom = new FeedWriter(InstantSource.system()).render(view, Format.ATOM);
 * }</pre>
 */
public final class FeedWriter {
    private final RssRenderer rss = new RssRenderer();
    private final AtomRenderer atom = new AtomRenderer();
    private final JsonFeedRenderer json = new JsonFeedRenderer();
    private final RiverPage html;

    /** @param clock the "now" that the HTML page's relative times ("منذ ٣ ساعات") are counted from */
    public FeedWriter(InstantSource clock) {
        this(clock, new Highlighter(new ArabicNormalizer()));
    }

    /** @param highlighter finds the words a search matched, for search pages */
    public FeedWriter(InstantSource clock, Highlighter highlighter) {
        this.html = new RiverPage(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(highlighter));
    }

    /** A page of search hits in {@code format}; the HTML page marks the matched words and keeps the form filled. */
    public byte[] render(SearchResult result, SearchRequest request, Format format) {
        Objects.requireNonNull(result, "result");
        return format == Format.HTML ? html.render(result.view(), result.query(), request)
                : render(result.view(), format);
    }

    /** The feed page as UTF-8 bytes in {@code format}; throws {@link PublishException} if a library fails. */
    public byte[] render(FeedView feed, Format format) {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case RSS -> rss.render(feed);
            case ATOM -> atom.render(feed);
            case JSON -> json.render(feed);
            case HTML -> html.render(feed);
        };
    }
}
