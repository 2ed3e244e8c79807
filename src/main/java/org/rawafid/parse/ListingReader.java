package org.rawafid.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;
import org.rawafid.config.Source;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a listing page ({@code type: html}) as items: with {@code select:} exactly as the selectors
 * say, without it through the {@link ArticleLinkFinder}. Links and images come out absolute, each link
 * once; dates come from a {@code datetime}/{@code content} attribute or the element's text through the
 * {@link DateParser} (Arabic month names and digits included). Feeds the page advertises with
 * {@code <link rel="alternate">} are suggested in the log. A page that yields no item is a
 * {@link ParseException} naming the selector, never an empty success.
 */
final class ListingReader implements KindReader {
    private static final Logger log = LoggerFactory.getLogger(ListingReader.class);
    private final Source.Select select;
    private final DateParser dates;

    /** @param select the source's selectors, or {@code null} to find the article links automatically */
    ListingReader(Source.Select select, DateParser dates) {
        this.select = select;
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    @Override
    public ParsedFeed read(byte[] body, String contentType, URI url) throws ParseException {
        Document doc = parse(body, contentType, url);
        suggestFeeds(doc, url);
        List<ParsedItem> items;
        try {
            items = select != null ? selected(doc, url) : new ArticleLinkFinder(dates).find(doc, url);
        } catch (Selector.SelectorParseException e) {
            throw new ParseException(url, "html: invalid CSS selector: " + e.getMessage(), e);
        }
        if (items.isEmpty()) {
            throw new ParseException(url, select != null
                    ? "html: selector \"" + select.item() + "\" matched nothing"
                    : "html: no article links found (looked for links of a repeated URL shape with headline text, "
                    + "outside nav, header, footer and menus); name them with select:");
        }
        String lang = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
        String title = Pages.meta(doc, "og:site_name").orElse(doc.title().isBlank() ? null : doc.title().strip());
        return new ParsedFeed(title, Pages.origin(url), null, lang == null || lang.isBlank() ? null : lang, null,
                null, doc.charset().name().toLowerCase(Locale.ROOT), "html", items);
    }

    private List<ParsedItem> selected(Document doc, URI url) throws ParseException {
        Elements found = doc.select(select.item());
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<ParsedItem> items = new ArrayList<>();
        for (Element el : found) {
            Element linkEl = select.link() != null ? el.selectFirst(select.link()) : null;
            Element titleEl = select.title() != null ? el.selectFirst(select.title()) : null;
            String link = Pages.href(linkEl != null ? linkEl : titleEl != null ? titleEl : el);
            if (link == null && linkEl == null) {
                link = Pages.href(el);
            }
            if (link == null || !seen.add(Pages.withoutFragment(link))) {
                continue;
            }
            String title = titleEl != null ? titleEl.text() : linkEl != null ? linkEl.text() : Pages.headingText(el);
            Element dateEl = select.date() != null ? el.selectFirst(select.date()) : null;
            Element summaryEl = select.summary() != null ? el.selectFirst(select.summary()) : null;
            Element imageEl = select.image() != null ? el.selectFirst(select.image()) : null;
            items.add(new ParsedItem(null, Pages.withoutFragment(link), PlainText.escape(blankToNull(title)),
                    summaryEl == null ? null : PlainText.toHtml(summaryEl.wholeText()), null, null,
                    dateEl == null ? null : Pages.date(dateEl, dates), null, List.of(),
                    imageEl == null ? null : Pages.imageUrl(imageEl), link));
        }
        if (items.isEmpty()) {
            throw new ParseException(url, "html: selector \"" + select.item() + "\" matched " + found.size()
                    + " elements but none held a link" + (select.link() == null ? "; name it with select.link"
                    : " matching \"" + select.link() + "\""));
        }
        return items;
    }

    /** The feeds a page advertises with {@code <link rel="alternate">} (RSS, Atom, JSON Feed), absolute. */
    static List<String> advertisedFeeds(Document doc) {
        List<String> feeds = new ArrayList<>();
        for (Element link : doc.select("link[rel=alternate][href][type]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if ((type.contains("rss") || type.contains("atom") || type.contains("json")) && !link.absUrl("href").isEmpty()) {
                feeds.add(link.absUrl("href"));
            }
        }
        return feeds;
    }

    private static void suggestFeeds(Document doc, URI url) {
        List<String> feeds = advertisedFeeds(doc);
        if (!feeds.isEmpty()) {
            log.info("{}: this listing page advertises feeds {}; a source with that URL and type: feed "
                    + "reads them with less guessing", url, feeds);
        }
    }

    /** The page as jsoup reads it: the header's charset when it names a known one, else BOM, meta tag, UTF-8. */
    static Document parse(byte[] body, String contentType, URI url) throws ParseException {
        String charset = Pages.headerCharset(contentType);
        try {
            Document doc = Jsoup.parse(new ByteArrayInputStream(body), charset, url.toString());
            if (charset == null && doc.charset().equals(StandardCharsets.UTF_8) && !isUtf8(body)) {
                // No label anywhere and not UTF-8: windows-1256 or ISO-8859-6 Arabic, told apart as for feeds.
                DecodedText text = new CharsetDecoder().decode(body, null);
                doc = Jsoup.parse(text.text(), url.toString());
                doc.charset(Charset.forName(text.usedCharset()));
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            throw new ParseException(url, "html: unreadable page: " + e.getMessage(), e);
        }
    }

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
