package org.rawafid.refresh;

import org.rawafid.clean.Article;
import org.rawafid.clean.CleanHtml;
import org.rawafid.clean.HeadlineChooser;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.clean.TitleCleaner;
import org.rawafid.dedupe.CanonicalLink;
import org.rawafid.model.Item;
import org.rawafid.model.ParsedItem;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Turns one parsed item into a storable {@link Item}: clean title, safe HTML, summary,
 * canonical link and a usable date. Keying is {@link ItemKeys}'s job.
 */
final class ItemBuilder {
    static final int SUMMARY_CHARS = 300;
    /** Publishers' clocks drift and some stamp "tomorrow" on purpose; more than this is not believed. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private final HtmlCleaner cleaner;
    private final TitleCleaner titles;
    private final Summarizer summarizer;
    private final CanonicalLink canonical;
    private final HeadlineChooser headlines = new HeadlineChooser();

    ItemBuilder(HtmlCleaner cleaner, TitleCleaner titles, Summarizer summarizer, CanonicalLink canonical) {
        this.cleaner = Objects.requireNonNull(cleaner);
        this.titles = Objects.requireNonNull(titles);
        this.summarizer = Objects.requireNonNull(summarizer);
        this.canonical = Objects.requireNonNull(canonical);
    }

    /** The parts of an item that do not depend on its key. */
    record Draft(ParsedItem parsed, String link, String canonicalLink, String title, CleanHtml content, String summary,
                 Instant published, Instant updated) {
        /** Whether the feed gave a usable date (one not far in the future), rather than first-seen standing in. */
        boolean datedByFeed() {
            return published.equals(parsed.published()) || published.equals(parsed.updated());
        }

        Item toItem(String sourceId, String itemKey) {
            String image = parsed.imageUrl() != null ? parsed.imageUrl() : content.leadImageUrl();
            return new Item(sourceId, itemKey, parsed.guid(), link, canonicalLink, title, content.html(), summary,
                    blankToNull(parsed.author()), image, parsed.categories(), published, updated);
        }
    }

    /**
     * @param siteUrl the feed's own site link, or null: a relative item link in a local
     *                ({@code file:}) feed means a page of that site, not a local file
     */
    Draft draft(ParsedItem p, URI feedUrl, String siteUrl, String siteName, String language, Instant now) {
        String link = onSite(resolve(feedUrl, p.link()), siteUrl);
        URI base = baseOf(p, feedUrl, link);
        String body = firstNonBlank(p.contentHtml(), p.summaryHtml(), "");
        CleanHtml content = cleaner.clean(body, base, language);
        String text = content.text().isBlank() && p.summaryHtml() != null
                ? cleaner.clean(p.summaryHtml(), base, language).text() : content.text();
        String summary = summarizer.summarize(text, SUMMARY_CHARS);
        String title = titles.clean(p.title() == null ? "" : p.title(), siteName);
        if (title.isBlank()) {
            title = !summary.isBlank() ? summarizer.summarize(summary, 80)
                    : link == null ? "(بدون عنوان)" : Objects.requireNonNullElse(slugTitle(link), link);
        }
        Instant published = usableDate(p.published() != null ? p.published() : p.updated(), now);
        Instant updated = p.updated() == null ? published : usableDate(p.updated(), now);
        String canonicalLink = link == null ? null : canonical.canonicalize(link);
        return new Draft(p, link, canonicalLink, title, content, summary, published,
                updated.isBefore(published) ? published : updated);
    }

    /**
     * The item with the extracted article's content, and its byline and image where the feed had none.
     * The page's headline replaces a truncated feed title ({@link HeadlineChooser}). When the feed gave
     * no date, the page's publication date replaces the first-seen time, unless it lies after it
     * (a page cannot be published after we saw it; that is a wrong clock or time zone).
     *
     * @param feedDated whether the feed gave the item a date of its own (which then always wins)
     */
    Item withArticle(Item item, Article article, boolean feedDated) {
        Item facts = withPageFacts(item, article, feedDated);
        return new Item(facts.sourceId(), facts.itemKey(), facts.guid(), facts.link(), facts.canonicalLink(),
                facts.title(), article.contentHtml(), summarizer.summarize(article.text(), SUMMARY_CHARS),
                item.author() != null ? item.author() : article.author(),
                item.imageUrl() != null ? item.imageUrl() : article.imageUrl(), item.categories(),
                facts.published(), facts.updated());
    }

    /**
     * The page's headline for an item that had no title of its own (a sitemap URL, titled by its slug or
     * link), else the {@link HeadlineChooser}'s pick.
     */
    private String headline(Item item, Article article) {
        boolean untitled = item.link() != null
                && (item.title().equals(item.link()) || item.title().equals(slugTitle(item.link())));
        return untitled && article.title() != null && !article.title().isBlank() ? article.title().strip()
                : headlines.choose(item.title(), article.title());
    }

    /** Only the headline and date rules of {@link #withArticle}: for a page whose body is not used. */
    Item withPageFacts(Item item, Article article, boolean feedDated) {
        Instant pageDate = article.published();
        boolean takesPageDate = !feedDated && pageDate != null && !pageDate.isAfter(item.published());
        return new Item(item.sourceId(), item.itemKey(), item.guid(), item.link(), item.canonicalLink(),
                headline(item, article), item.contentHtml(), item.summary(), item.author(),
                item.imageUrl(), item.categories(), takesPageDate ? pageDate : item.published(),
                takesPageDate ? pageDate : item.updated());
    }

    /** {@code /news/2024/08/بوتين-يزور-أذربيجان.html} → {@code بوتين يزور أذربيجان}; null when the slug is a bare id. */
    static String slugTitle(String link) {
        String path;
        try {
            path = URI.create(link).getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String[] segments = path.split("/");
        // Only the last segment is the article's slug; the ones before it name sections.
        String segment = segments.length == 0 ? "" : segments[segments.length - 1];
        int dot = segment.lastIndexOf('.');
        if (dot > 0) {
            segment = segment.substring(0, dot);
        }
        String words;
        try {
            words = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .replace('-', ' ').replace('_', ' ').strip();
        } catch (IllegalArgumentException e) {
            return null;
        }
        return words.chars().filter(Character::isLetter).count() >= 3 && words.contains(" ") ? words : null;
    }

    private static Instant usableDate(Instant t, Instant now) {
        return t == null || t.isAfter(now.plus(FUTURE_TOLERANCE)) ? now : t;
    }

    private static String onSite(String link, String siteUrl) {
        if (link == null || !link.startsWith("file:") || siteUrl == null || !siteUrl.startsWith("http")) {
            return link;
        }
        try {
            URI local = URI.create(link);
            String path = local.getRawPath() + (local.getRawQuery() == null ? "" : "?" + local.getRawQuery());
            return URI.create(siteUrl.strip()).resolve(path).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private static URI baseOf(ParsedItem p, URI feedUrl, String link) {
        String base = link != null ? link : p.baseUri();
        try {
            return base == null ? feedUrl : URI.create(base);
        } catch (IllegalArgumentException e) {
            return feedUrl;
        }
    }

    private static String resolve(URI feedUrl, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return feedUrl.resolve(link.strip().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
