package org.rawafid.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a sitemap as a source (sitemaps.org 0.9): a Google News sitemap ({@code news:title},
 * {@code news:publication_date}, {@code news:language}, {@code news:keywords}) or a plain one with
 * {@code lastmod}, one item per URL, the newest {@link #LIMIT} kept. A sitemap index is followed one
 * level, newest child first, through the {@link LinkedFetch} it is given, until {@link #LIMIT} URLs are
 * known or {@link #MAX_CHILDREN} children were read. A URL without a title is left untitled: the item
 * builder titles it from its slug, and fullText from the page's headline.
 *
 * <p>jsoup's XML parser reads the file: it never loads DTDs or external entities and is linear in the
 * input. Elements are matched by local name, whatever prefix the site bound the news namespace to.
 */
final class SitemapReader implements KindReader {
    static final int LIMIT = 50;
    static final int MAX_CHILDREN = 5;
    static final int MAX_UNPACKED = 50_000_000;
    private static final Logger log = LoggerFactory.getLogger(SitemapReader.class);
    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::date,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final DateParser dates;
    private final LinkedFetch linked;

    SitemapReader(DateParser dates, LinkedFetch linked) {
        this.dates = Objects.requireNonNull(dates, "dates");
        this.linked = Objects.requireNonNull(linked, "linked");
    }

    /** One {@code <url>} or index {@code <sitemap>}, before it becomes an item. */
    private record Entry(String loc, Instant date, Element element) {
    }

    @Override
    public ParsedFeed read(byte[] body, String contentType, URI url) throws ParseException {
        Document doc = parse(body, url);
        Element root = root(doc, url);
        List<Entry> entries = new ArrayList<>();
        if (local(root).equals("sitemapindex")) {
            entries.addAll(followIndex(root, url));
        } else {
            entries.addAll(urls(root, url));
        }
        if (entries.isEmpty()) {
            throw new ParseException(url, "sitemap: no <url><loc> entries found");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<ParsedItem> items = entries.stream().sorted(NEWEST_FIRST).filter(e -> seen.add(e.loc())).limit(LIMIT)
                .map(e -> item(e, url)).toList();
        Element firstPublication = first(root.ownerDocument(), "publication").orElse(null);
        String language = firstPublication == null ? null : childText(firstPublication, "language");
        String name = firstPublication == null ? null : childText(firstPublication, "name");
        return new ParsedFeed(name, null, null, language, null, null, doc.charset().name().toLowerCase(Locale.ROOT),
                "sitemap", items);
    }

    private List<Entry> followIndex(Element index, URI url) throws ParseException {
        List<Entry> children = children(index, "sitemap", url);
        children.sort(NEWEST_FIRST);
        List<Entry> found = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Entry child : children.subList(0, Math.min(MAX_CHILDREN, children.size()))) {
            if (found.size() >= LIMIT) {
                break;
            }
            try {
                LinkedFetch.Page page = linked.fetch(URI.create(child.loc()));
                Element root = root(parse(page.body(), page.url()), page.url());
                if (local(root).equals("urlset")) {
                    found.addAll(urls(root, page.url()));
                } else {
                    failures.add(child.loc() + ": not a <urlset> (indexes are followed one level)");
                }
            } catch (ParseException | IllegalArgumentException e) {
                log.warn("{}: skipped sitemap {}: {}", url, child.loc(), e.getMessage());
                failures.add(e.getMessage());
            }
        }
        if (found.isEmpty() && !failures.isEmpty()) {
            throw new ParseException(url, "sitemap index: no listed sitemap could be read (" + failures.get(0) + ")");
        }
        return found;
    }

    private List<Entry> urls(Element urlset, URI url) {
        return children(urlset, "url", url);
    }

    /** The direct children called {@code name} that have a usable http(s) {@code <loc>}, with their date. */
    private List<Entry> children(Element parent, String name, URI base) {
        List<Entry> entries = new ArrayList<>();
        for (Element child : parent.children()) {
            if (!local(child).equals(name)) {
                continue;
            }
            Optional<String> loc = Optional.ofNullable(childText(child, "loc")).flatMap(l -> Links.resolve(base, l))
                    .filter(l -> l.startsWith("http://") || l.startsWith("https://"));
            if (loc.isEmpty()) {
                continue;
            }
            String date = first(child, "publication_date").map(Element::text)
                    .orElse(childText(child, "lastmod"));
            entries.add(new Entry(loc.get(), date == null ? null : dates.parse(date).orElse(null), child));
        }
        return entries;
    }

    private static ParsedItem item(Entry e, URI url) {
        Element news = first(e.element(), "news").orElse(null);
        String title = news == null ? null : childText(news, "title");
        List<String> keywords = new ArrayList<>();
        if (news != null && childText(news, "keywords") != null) {
            for (String k : childText(news, "keywords").split(",")) {
                if (!k.isBlank()) {
                    keywords.add(k.strip());
                }
            }
        }
        String image = first(e.element(), "image").map(i -> childText(i, "loc")).flatMap(l -> Links.resolve(url, l))
                .orElse(null);
        return new ParsedItem(null, e.loc(), PlainText.escape(title), null, null,
                null, e.date(), null, keywords.stream().distinct().toList(), image, e.loc());
    }

    private static Document parse(byte[] body, URI url) throws ParseException {
        try {
            return Jsoup.parse(new ByteArrayInputStream(gunzipped(body, url)), null, url.toString(), Parser.xmlParser());
        } catch (IOException | RuntimeException e) {
            throw new ParseException(url, "sitemap: unreadable XML: " + e.getMessage(), e);
        }
    }

    /**
     * Sitemaps are often served as {@code .xml.gz} files (a gzip body, not a gzip Content-Encoding);
     * unpacked up to the sitemaps.org limit of 50 MB, so a small bomb cannot grow without bound.
     */
    static byte[] gunzipped(byte[] body, URI url) throws ParseException {
        if (body.length < 2 || (body[0] & 0xFF) != 0x1F || (body[1] & 0xFF) != 0x8B) {
            return body;
        }
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes(MAX_UNPACKED + 1);
            if (out.length > MAX_UNPACKED) {
                throw new ParseException(url, "sitemap: unpacks to more than " + MAX_UNPACKED / 1_000_000 + " MB");
            }
            return out;
        } catch (IOException e) {
            throw new ParseException(url, "sitemap: broken gzip: " + e.getMessage(), e);
        }
    }

    private static Element root(Document doc, URI url) throws ParseException {
        for (Element e : doc.children()) {
            String name = local(e);
            if (name.equals("urlset") || name.equals("sitemapindex")) {
                return e;
            }
        }
        throw new ParseException(url, "sitemap: not a sitemap (no <urlset> or <sitemapindex> root); "
                + "use type: feed for RSS, Atom or JSON Feed");
    }

    private static Optional<Element> first(Element scope, String localName) {
        for (Element e : scope.getAllElements()) {
            if (e != scope && local(e).equals(localName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String childText(Element parent, String localName) {
        for (Element e : parent.children()) {
            if (local(e).equals(localName)) {
                String text = e.text().strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    private static String local(Element e) {
        String name = e.tagName();
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }
}
