package org.rawafid.refresh;

import org.rawafid.clean.Article;
import org.rawafid.clean.ArticleExtractor;
import org.rawafid.clean.CleanException;
import org.rawafid.clean.CleanHtml;
import org.rawafid.clean.FullTextChoice;
import org.rawafid.clean.FullTextChooser;
import org.rawafid.config.Source;
import org.rawafid.fetch.FetchOutcome;
import org.rawafid.fetch.PageFetcher;
import org.rawafid.fetch.RobotsGate;
import org.rawafid.model.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For sources with {@code fullText: true}: fetches each new item's page once and, when the
 * extracted article has more text than the feed gave, uses it (SPEC §6). Otherwise the
 * feed's own content stays, and the reason is logged.
 */
public final class FullTextEnricher {
    private static final Logger log = LoggerFactory.getLogger(FullTextEnricher.class);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_\\-]+)",
            Pattern.CASE_INSENSITIVE);

    /** All full-text pages of one refresh together (issue 18). */
    static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(60);

    private final PageFetcher pages;
    private final ArticleExtractor extractor;
    private final ItemBuilder builder;
    private final RobotsGate robots;
    private final FullTextChooser chooser = new FullTextChooser();
    private final CpuSlots slots;

    /** For a caller outside the refresher: it holds no CPU slot, so there is none to give back while it waits. */
    public FullTextEnricher(PageFetcher pages, ArticleExtractor extractor, ItemBuilder builder, RobotsGate robots) {
        this(pages, extractor, builder, robots, new CpuSlots(1));
    }

    /** @param slots the refreshes' CPU slots, given back while a page or robots.txt is fetched */
    FullTextEnricher(PageFetcher pages, ArticleExtractor extractor, ItemBuilder builder, RobotsGate robots,
                     CpuSlots slots) {
        this.slots = Objects.requireNonNull(slots);
        this.robots = Objects.requireNonNull(robots);
        this.pages = Objects.requireNonNull(pages);
        this.extractor = Objects.requireNonNull(extractor);
        this.builder = Objects.requireNonNull(builder);
    }

    /**
     * @param datelessKeys keys of the items whose feed gave no date: these take the page's date
     * @param deadline     {@link System#nanoTime()} after which no more pages are fetched in this refresh:
     *                     pages are fetched one by one, so a feed of slow links could hold a thread for hours
     */
    List<Item> enrich(Source source, List<Item> fresh, String siteName, Set<String> datelessKeys, long deadline) {
        if (!source.fullText()) {
            return fresh;
        }
        List<Item> out = new java.util.ArrayList<>(fresh.size());
        for (Item item : fresh) {
            if (System.nanoTime() - deadline >= 0) {
                log.warn("source {}: full-text budget of {} s spent; {} item(s) keep the feed's content",
                        source.id(), BUDGET.toSeconds(), fresh.size() - out.size());
                out.addAll(fresh.subList(out.size(), fresh.size()));
                break;
            }
            out.add(enrichOne(source, item, siteName, !datelessKeys.contains(item.itemKey())));
        }
        return out;
    }

    /** The deadline for one refresh's full-text pages, starting now. */
    static long deadlineFromNow() {
        return System.nanoTime() + BUDGET.toNanos();
    }

    private Item enrichOne(Source source, Item item, String siteName, boolean feedDated) {
        if (item.link() == null || !item.link().startsWith("http")) {
            return item;
        }
        URI url;
        try {
            url = URI.create(item.link());
        } catch (IllegalArgumentException e) {
            // One malformed link is that item's problem: it keeps the feed's content (issue 18).
            log.info("source {}: full text not fetched, malformed link ({}); keeping the feed's content",
                    source.id(), e.getMessage());
            return item;
        }
        // Article pages of scraping sources (sitemap, html, telegram) obey robots.txt like their listings.
        var refusal = source.type() == Source.Type.FEED ? Optional.<String>empty()
                : slots.waiting(() -> robots.refusal(url, source.timeout()));
        if (refusal.isPresent()) {
            log.info("source {}: full text of {} not fetched ({}); keeping the listing's content", source.id(), url,
                    refusal.get());
            return item;
        }
        FetchOutcome outcome = slots.waiting(() -> pages.fetchPage(url, source.timeout(), source.maxBytes()));
        FetchOutcome.Fetched page = outcome instanceof FetchOutcome.Fetched f ? f
                : outcome instanceof FetchOutcome.Moved m ? m.content() : null;
        if (page == null) {
            log.info("source {}: full text of {} not fetched ({}); keeping the feed's content", source.id(), url,
                    outcome instanceof FetchOutcome.Failed f ? f.reason() : outcome.name());
            return item;
        }
        String html = decode(page.body(), page.contentType());
        Source.Extract rules = source.extract();
        Optional<Article> article;
        try {
            article = extractor.extract(html, url, rules == null ? null : rules.content(),
                    rules == null ? List.of() : rules.remove(), siteName);
        } catch (CleanException e) {
            log.warn("source {}: {}; keeping the feed's content", source.id(), e.getMessage());
            return item;
        }
        String feedText = item.contentHtml().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        FullTextChoice choice = chooser.choose(new CleanHtml(item.contentHtml(), feedText, item.imageUrl()), article);
        if (!choice.usesArticle()) {
            log.info("source {}: full text of {} not used ({}); keeping the feed's content", source.id(), url,
                    choice.reason());
            return article.map(a -> builder.withPageFacts(item, a, feedDated)).orElse(item);
        }
        return builder.withArticle(item, article.orElseThrow(), feedDated);
    }

    /** The page's charset: the Content-Type header, then a meta tag in the first bytes, else UTF-8. */
    static String decode(byte[] body, String contentType) {
        Charset charset = charsetOf(contentType == null ? null : HEADER_CHARSET.matcher(contentType))
                .or(() -> charsetOf(META_CHARSET.matcher(
                        new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1))))
                .orElse(StandardCharsets.UTF_8);
        return new String(body, charset);
    }

    private static Optional<Charset> charsetOf(Matcher m) {
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
