package org.rawafid.clean;

import java.util.Objects;

/**
 * Chooses between an item's feed title and its page's headline (both already without the
 * site's name): some Arabic feeds cut titles, with an ellipsis ({@code "وزير الخارجية يبحث مع نظيره ..."})
 * or without any mark. The page's headline wins only when the feed's title, without a trailing
 * ellipsis, is a strict prefix of it after folding (hamza/alef forms, ta marbuta, alef maqsura,
 * diacritics, tatweel, case, spaces, digits) with punctuation ignored. Otherwise the feed's title stays: an
 * editor's feed title that says something else is a choice, not a truncation.
 *
 * <p>A cut inside a word ({@code "… مع نظ"}) counts when at least {@value #MIN_WORDS_BEFORE_CUT}
 * whole words come before it: feeds that truncate by characters cut anywhere, while a title of
 * one word and a fragment is too short to tell a cut from a different headline.
 *
 * <p>Thread-safe and stateless. Example:
 * <pre>{@code chooser.choose("وزير الخارجية يبحث مع نظيره ...", "وزير الخارجية يبحث مع نظيره الروسي الأزمة")
 *   // "وزير الخارجية يبحث مع نظيره الروسي الأزمة"}</pre>
 */
public final class HeadlineChooser {
    static final int MIN_WORDS_BEFORE_CUT = 2;

    /**
     * @param feedTitle    the cleaned title from the feed
     * @param pageHeadline the cleaned headline of the item's page, or {@code null}
     * @return the title to publish
     */
    public String choose(String feedTitle, String pageHeadline) {
        Objects.requireNonNull(feedTitle, "feedTitle");
        if (pageHeadline == null || pageHeadline.isBlank()) {
            return feedTitle;
        }
        String feed = skeleton(withoutEllipsis(feedTitle));
        String page = skeleton(pageHeadline);
        if (feed.isEmpty() || page.length() <= feed.length() || !page.startsWith(feed)) {
            return feedTitle;
        }
        boolean atWordEnd = page.charAt(feed.length()) == ' ';
        return atWordEnd || wordsBeforeCut(feed) >= MIN_WORDS_BEFORE_CUT ? pageHeadline.strip() : feedTitle;
    }

    /** The title without a trailing "...", "…" or ".." (and the spaces around it). */
    static String withoutEllipsis(String title) {
        int end = title.length();
        while (end > 0 && Character.isWhitespace(title.charAt(end - 1))) {
            end--;
        }
        int dots = end;
        boolean ellipsisChar = false;
        while (dots > 0 && (title.charAt(dots - 1) == '.' || title.charAt(dots - 1) == '…')) {
            ellipsisChar |= title.charAt(dots - 1) == '…';
            dots--;
        }
        return ellipsisChar || end - dots >= 2 ? title.substring(0, dots).strip() : title.substring(0, end);
    }

    /**
     * The folded title reduced to its words: letters and digits (Arabic-Indic made ASCII), one space
     * between words where there were spaces or punctuation, so that «» against "" or ، against ,
     * never decides. A linear scan.
     */
    static String skeleton(String title) {
        String folded = ArabicText.fold(title);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && !out.isEmpty()) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else if (Character.isDigit(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                gap = true; // spaces, and punctuation, which often stands between words without one
            }
        }
        return out.toString();
    }

    private static int wordsBeforeCut(String folded) {
        int last = folded.lastIndexOf(' ');
        return last < 0 ? 0 : folded.substring(0, last).split(" ").length;
    }
}
