package org.rawafid.refresh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.rawafid.clean.TitleCleaner;
import org.rawafid.model.ParsedItem;

/**
 * Bounds what one fetch may store (issue 18, limits): a publisher who sends 20,000 items, a
 * 2.7 MB title or 60,000 categories costs every subscriber, the writer lock and the disk.
 * Over {@link #MAX_ITEMS} items the newest are kept; categories, titles and HTML are cut.
 * What was cut is described in one line, for one warning per source and fetch.
 *
 * <p>Thread-safe and stateless.
 */
final class FeedLimits {
    static final int MAX_ITEMS = 1_000;
    static final int MAX_CATEGORIES = 50;
    static final int MAX_CATEGORY_CHARS = 200;
    /** Raw title markup; {@link TitleCleaner} cuts the clean title to {@link TitleCleaner#MAX_CHARS}. */
    static final int MAX_RAW_TITLE_CHARS = 16 * TitleCleaner.MAX_CHARS;
    /** Content and summary HTML each; a long article is under 100 KB of markup. */
    static final int MAX_HTML_CHARS = 512 * 1024;

    /** The items to build, in feed order, and what was cut ({@code null} when nothing was). */
    record Limited(List<ParsedItem> items, String cuts) {
    }

    private FeedLimits() {
    }

    static Limited apply(List<ParsedItem> items) {
        List<String> cuts = new ArrayList<>();
        List<ParsedItem> kept = items;
        if (items.size() > MAX_ITEMS) {
            kept = newest(items);
            cuts.add("kept the newest " + MAX_ITEMS + " of " + items.size() + " items");
        }
        int categories = 0;
        int titles = 0;
        int html = 0;
        List<ParsedItem> out = new ArrayList<>(kept.size());
        for (ParsedItem p : kept) {
            List<String> cats = p.categories();
            if (cats.size() > MAX_CATEGORIES || cats.stream().anyMatch(c -> c != null && c.length() > MAX_CATEGORY_CHARS)) {
                categories++;
                cats = cats.stream().limit(MAX_CATEGORIES).map(c -> cut(c, MAX_CATEGORY_CHARS)).toList();
            }
            if (p.title() != null && p.title().length() > TitleCleaner.MAX_CHARS) {
                titles++;
            }
            if (isLong(p.contentHtml()) || isLong(p.summaryHtml())) {
                html++;
            }
            out.add(new ParsedItem(p.guid(), p.link(), cut(p.title(), MAX_RAW_TITLE_CHARS),
                    cut(p.contentHtml(), MAX_HTML_CHARS), cut(p.summaryHtml(), MAX_HTML_CHARS), p.author(),
                    p.published(), p.updated(), cats, p.imageUrl(), p.baseUri()));
        }
        note(cuts, categories, "item(s) with over " + MAX_CATEGORIES + " categories or one over "
                + MAX_CATEGORY_CHARS + " chars (cut)");
        note(cuts, titles, "title(s) over " + TitleCleaner.MAX_CHARS + " chars (cut)");
        note(cuts, html, "content or summary over " + MAX_HTML_CHARS / 1024 + " KB (cut)");
        return new Limited(out, cuts.isEmpty() ? null : String.join("; ", cuts));
    }

    /** The {@link #MAX_ITEMS} newest items (undated ones count as oldest), still in feed order. */
    private static List<ParsedItem> newest(List<ParsedItem> items) {
        Comparator<Integer> byDateDesc = Comparator.comparing((Integer i) -> dateOf(items.get(i)),
                Comparator.nullsLast(Comparator.reverseOrder()));
        return IntStream.range(0, items.size()).boxed().sorted(byDateDesc.thenComparing(i -> i))
                .limit(MAX_ITEMS).sorted().map(items::get).toList();
    }

    private static Instant dateOf(ParsedItem p) {
        return p.published() != null ? p.published() : p.updated();
    }

    private static boolean isLong(String s) {
        return s != null && s.length() > MAX_HTML_CHARS;
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max);
    }

    private static void note(List<String> cuts, int count, String what) {
        if (count > 0) {
            cuts.add(count + " " + what);
        }
    }
}
