package org.rawafid.clean;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Extracts the article from a fetched web page: body (by the source's CSS selectors, else a
 * readability-style heuristic, else JSON-LD {@code articleBody}), cleaned by {@link HtmlCleaner};
 * title without the site's name; author from the byline or metadata; publication time; lead
 * image with caption; canonical URL. Fetching is not done here. Example:
 * <pre>{@code extractor.extract(html, URI.create("https://alqaheranews.net/news/97421"), null, List.of(), "القاهرة الإخبارية")}</pre>
 *
 * <p>Thread-safe if the injected date parser is.
 */
public final class ArticleExtractor {
    /** Less article text than this is a failed extraction (a teaser, a paywall or a gallery page). */
    private static final int MIN_TEXT = 140;
    private final HtmlCleaner cleaner;
    private final TitleCleaner titles;
    private final Function<String, Optional<Instant>> dateParser;

    /** Uses ISO 8601 plus simple Arabic dates. */
    public ArticleExtractor() {
        this(new HtmlCleaner(), new TitleCleaner(), PageDates::parse);
    }

    /** @param dateParser parses one date string as found in page metadata, e.g. the parse stage's Arabic date parser */
    public ArticleExtractor(HtmlCleaner cleaner, TitleCleaner titles, Function<String, Optional<Instant>> dateParser) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.titles = Objects.requireNonNull(titles, "titles");
        this.dateParser = Objects.requireNonNull(dateParser, "dateParser");
    }

    /**
     * @param contentSelector the source's {@code extract.content} CSS selector, or {@code null} for the heuristic
     * @param removeSelectors the source's {@code extract.remove} selectors (removed before extraction)
     * @param siteName        the outlet's name, or {@code null} to use the page's {@code og:site_name}
     * @return the article, or empty when the page holds no article text
     * @throws CleanException when a selector is not valid CSS
     */
    public Optional<Article> extract(String pageHtml, URI pageUrl, String contentSelector, List<String> removeSelectors,
                                     String siteName) {
        Objects.requireNonNull(pageHtml, "pageHtml");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(removeSelectors, "removeSelectors");
        Document doc = Jsoup.parse(pageHtml, pageUrl.toString());
        PageMetadata meta = MetadataReader.read(doc);
        String site = siteName != null ? siteName : meta.siteName();
        LeadImage image = LeadImage.find(doc, meta.imageUrl());
        for (String selector : removeSelectors) {
            select(doc, selector).remove();
        }
        DomScrubber.scrub(doc.body());
        BoilerplateRemover.remove(doc.body());
        Element content = contentSelector == null ? ContentFinder.find(doc.body()) : selected(doc, contentSelector);
        if (content == null) {
            return Optional.empty();
        }
        content = content.clone();
        String title = titles.clean(Objects.requireNonNullElse(meta.title(), ""), site);
        removeTitle(content, title);
        String byline = BylineFinder.takeByline(content, site, meta.author());
        ContentFinder.pruneMetadata(content);
        CleanHtml clean = cleaner.clean(content.outerHtml(), pageUrl, meta.language());
        if (meta.articleBody() != null && isMuchLonger(meta.articleBody(), clean.text())) {
            clean = cleaner.clean(meta.articleBody(), pageUrl, meta.language());
        }
        if (clean.text().length() < MIN_TEXT) {
            return Optional.empty();
        }
        String author = writer(meta.author() != null ? meta.author() : byline, site, pageUrl);
        String canonical = meta.canonicalUrl() != null ? meta.canonicalUrl() : pageUrl.toString();
        String html = LeadFigure.prepend(clean, image, title, pageUrl, cleaner);
        return Optional.of(new Article(title, author, published(meta), html, clean.text(),
                image.url(), image.caption(), canonical));
    }

    private static org.jsoup.select.Elements select(Document doc, String selector) {
        try {
            return doc.select(selector);
        } catch (Selector.SelectorParseException e) {
            throw new CleanException("clean: " + doc.location() + ": extract selector \"" + selector
                    + "\" is not valid CSS: " + e.getMessage(), e);
        }
    }

    private static Element selected(Document doc, String selector) {
        org.jsoup.select.Elements found = select(doc, selector);
        if (found.isEmpty()) {
            return null;
        }
        Element all = new Element("div");
        found.forEach(el -> all.appendChild(el.clone()));
        return all;
    }

    /** The headline repeated at the top of the body would be read twice. */
    private static void removeTitle(Element content, String title) {
        String folded = ArabicText.fold(title);
        for (Element h : content.select("h1, h2, span, div, p")) {
            if (!folded.isEmpty() && ArabicText.fold(h.text()).equals(folded)) {
                h.remove();
            }
        }
    }

    /** JSON-LD articleBody wins when the page body shows only part of it (paginated, or a teaser in the HTML). */
    private static boolean isMuchLonger(String articleBody, String extracted) {
        int body = ArabicText.foldSpaces(articleBody).length();
        return extracted.length() < MIN_TEXT && body > extracted.length() || body > 1.5 * extracted.length();
    }

    /** Sites often put their own name (or domain) in meta author; that is the outlet, not a writer. */
    private static String writer(String author, String site, URI pageUrl) {
        if (author == null) {
            return null;
        }
        String folded = ArabicText.fold(author).replace(" ", "");
        String host = pageUrl.getHost() == null ? "" : pageUrl.getHost().toLowerCase(java.util.Locale.ROOT);
        boolean isOutlet = site != null && folded.equals(ArabicText.fold(site).replace(" ", ""))
                || !folded.isEmpty() && host.contains(folded);
        return isOutlet ? null : author;
    }

    private Instant published(PageMetadata meta) {
        for (String candidate : meta.dates()) {
            Optional<Instant> parsed = dateParser.apply(candidate);
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        return null;
    }
}
