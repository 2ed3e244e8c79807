package org.rawafid.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rawafid.model.ParsedItem;

/**
 * Finds the article links of a listing page that has no {@code select:} (SPEC §5a), the way a reader
 * would: links on the page's own site whose URL has an id or slug and whose shape repeats (the same
 * sequence of segment kinds, e.g. {@code /news/{id}} or {@code /yyyy/mm/dd/{slug}}), whose text reads
 * like a headline (three words or more), outside {@code nav}, {@code header}, {@code footer},
 * {@code aside}, menus and pagers, and never tag, category, author, social or pager links. Around each
 * link it looks for the card's image, {@code <time>} and teaser. Stateless apart from the date parser.
 */
final class ArticleLinkFinder {
    /** Parts of class or id names that mark page furniture rather than content. */
    private static final Set<String> FURNITURE = Set.of("nav", "navbar", "navigation", "menu", "menus", "submenu",
            "breadcrumb", "breadcrumbs", "pagination", "pager", "paging", "social", "share", "sharing", "sidebar",
            "topbar", "masthead", "footer", "copyright", "ticker", "dropdown", "megamenu");
    private static final Set<String> PAGER_WORDS = Set.of("التالي", "السابق", "المزيد", "التالى", "next", "previous",
            "prev", "more", "older", "newer", "«", "»", "›", "‹", "عرض المزيد", "الصفحة التالية");
    private static final String CARD = "article, li, tr, [class*=card], [class*=item], [class*=post], "
            + "[class*=story], [class*=entry], [class*=teaser]";
    private static final int MIN_WORDS = 3;
    private static final int MAX_TITLE = 300;
    private static final int MIN_CHARS = 12;

    /** Marks an element holding links to several articles. */
    private static final String SEVERAL = new String("several");

    private final DateParser dates;

    ArticleLinkFinder(DateParser dates) {
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /** One article link as found: its URL, its best text, the anchors pointing at it. */
    private static final class Found {
        final String url;
        final String shape;
        String text = "";
        final List<Element> anchors = new ArrayList<>();

        Found(String url, String shape) {
            this.url = url;
            this.shape = shape;
        }
    }

    List<ParsedItem> find(Document page, URI url) {
        Document doc = page.clone();
        removeFurniture(doc);
        Map<String, Found> byUrl = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            String link = Pages.href(a);
            if (link == null || isPager(a)) {
                continue;
            }
            link = Pages.withoutFragment(link);
            String shape = UrlShape.of(link, url);
            if (shape == null) {
                continue;
            }
            Found f = byUrl.computeIfAbsent(link, k -> new Found(k, shape));
            f.anchors.add(a);
            String text = anchorText(a);
            if (text.length() > f.text.length()) {
                f.text = text;
            }
        }
        Map<String, Integer> shapeCounts = new LinkedHashMap<>();
        List<Found> headlines = byUrl.values().stream().filter(f -> isHeadline(f.text)).toList();
        headlines.forEach(f -> shapeCounts.merge(f.shape, 1, Integer::sum));
        List<Found> articles = headlines.stream().filter(f -> shapeCounts.get(f.shape) >= 2).toList();
        Map<Element, String> owners = owners(articles);
        List<ParsedItem> items = new ArrayList<>();
        for (Found f : articles) {
            items.add(item(f, card(f, owners)));
        }
        return items;
    }

    private ParsedItem item(Found f, Element card) {
        Element time = card.selectFirst("time[datetime], time, [itemprop=datePublished], [class*=date]");
        String summary = null;
        for (Element p : card.select("p, [class*=summary], [class*=excerpt], [class*=teaser], [class*=desc]")) {
            String text = p.text().strip();
            if (text.length() >= 30 && !text.equals(f.text) && !f.text.contains(text)) {
                summary = text;
                break;
            }
        }
        Element img = card.selectFirst("img, [style*=background-image]");
        java.time.Instant published = time != null ? Pages.date(time, dates) : null;
        if (published == null) {
            // A list or table row often prints its date as bare text beside the headline.
            String rest = card.text().replace(f.text, " ").replace(summary == null ? "\u0000" : summary, " ").strip();
            published = rest.length() <= 120 ? dates.parse(rest).orElse(null) : null;
        }
        return new ParsedItem(null, f.url, PlainText.escape(f.text), summary == null ? null : PlainText.toHtml(summary),
                null, null, published, null, List.of(),
                img == null ? null : Pages.imageUrl(img), f.url);
    }

    /**
     * For every element above an article link, the one article URL it holds, or {@link #SEVERAL}. Each
     * walk up stops where an element already holds several, so the whole map costs one pass per link.
     */
    private static Map<Element, String> owners(List<Found> articles) {
        Map<Element, String> owners = new IdentityHashMap<>();
        for (Found f : articles) {
            for (Element a : f.anchors) {
                for (Element e = a; e != null; e = e.parent()) {
                    String owner = owners.get(e);
                    if (owner == SEVERAL) {
                        break;
                    }
                    owners.put(e, owner == null || owner.equals(f.url) ? f.url : SEVERAL);
                }
            }
        }
        return owners;
    }

    /**
     * The largest element around the link's first anchor, at most five levels up, that holds no other
     * article's link: the card, list item or table row the headline sits in.
     */
    private static Element card(Found f, Map<Element, String> owners) {
        Element card = f.anchors.get(0);
        for (int depth = 0; depth < 5 && card.parent() != null && !card.parent().nameIs("body"); depth++) {
            if (!f.url.equals(owners.get(card.parent()))) {
                break;
            }
            card = card.parent();
        }
        return card;
    }

    private static void removeFurniture(Document doc) {
        doc.select("script, style, noscript, template, form, nav, aside, [role=navigation], [role=banner], "
                + "[role=contentinfo], [role=complementary], [aria-hidden=true]").remove();
        // A header or footer inside a card is the card's own headline, byline or date, not page furniture.
        for (Element e : doc.select("header, footer")) {
            if (e.parent() != null && e.parent().closest(CARD) == null) {
                e.remove();
            }
        }
        int pageText = doc.body().text().length();
        for (Element e : doc.select("[class], [id]")) {
            // "has-sidebar" on <body> or a wrapper holding most of the page names a layout, not furniture;
            // "gc__footer" or "share-bar" inside a card is the card's own date or buttons.
            if (e.parent() != null && !e.is("html, body, main, article") && isFurniture(e.className() + " " + e.id())
                    && e.parent().closest(CARD) == null && e.text().length() * 2 < pageText) {
                e.remove();
            }
        }
    }

    private static boolean isFurniture(String names) {
        for (String token : names.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (FURNITURE.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPager(Element a) {
        String rel = a.attr("rel").toLowerCase(Locale.ROOT);
        String text = a.text().strip().toLowerCase(Locale.ROOT);
        return rel.contains("next") || rel.contains("prev") || PAGER_WORDS.contains(text)
                || !text.isEmpty() && text.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }

    /**
     * The anchor's heading when it wraps a whole card, else its text, else its title, else its image's alt
     * text; at most {@link #MAX_TITLE} characters, cut at a word.
     */
    private static String anchorText(Element a) {
        Element heading = a.selectFirst("h1, h2, h3, h4, h5, h6");
        String text = (heading != null && !heading.text().isBlank() ? heading : a).text().strip();
        if (text.length() > MAX_TITLE) {
            int cut = text.lastIndexOf(' ', MAX_TITLE);
            text = text.substring(0, cut > 0 ? cut : MAX_TITLE);
        }
        if (text.isEmpty()) {
            text = a.attr("title").strip();
        }
        if (text.isEmpty()) {
            Element img = a.selectFirst("img[alt]");
            text = img == null ? "" : img.attr("alt").strip();
        }
        return text;
    }

    /** Headlines are sentences: at least three words and a dozen letters, not a section name or a button. */
    static boolean isHeadline(String text) {
        if (text.length() < MIN_CHARS) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words >= MIN_WORDS;
    }
}
