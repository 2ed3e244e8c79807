package org.rawafid.clean;

import java.util.Objects;
import java.util.Optional;

/**
 * Decides between an item's own (cleaned) feed content and the article extracted from its page:
 * the article wins unless extraction failed or found less text than the feed already carries
 * (a teaser page, a paywall, a gallery). Example:
 * <pre>{@code chooser.choose(feedClean, extractor.extract(page, url, null, List.of(), site)).reason()}</pre>
 *
 * <p>Thread-safe and stateless.
 */
public final class FullTextChooser {

    /**
     * @param feedContent the item's content from the feed, cleaned; {@code null} when the feed had none
     * @param article     the extraction result
     */
    public FullTextChoice choose(CleanHtml feedContent, Optional<Article> article) {
        Objects.requireNonNull(article, "article");
        CleanHtml feed = feedContent == null ? new CleanHtml("", "", null) : feedContent;
        int feedChars = length(feed.text());
        if (article.isEmpty()) {
            return keepFeed(feed, "extraction failed: no article text found on the page; kept the feed's content ("
                    + feedChars + " chars)");
        }
        Article a = article.get();
        int articleChars = length(a.text());
        if (articleChars < feedChars) {
            return keepFeed(feed, "extracted text (" + articleChars + " chars) is shorter than the feed's ("
                    + feedChars + " chars)");
        }
        return new FullTextChoice(FullTextChoice.Source.ARTICLE, a.contentHtml(), a.text(),
                "extracted article (" + articleChars + " chars) replaces the feed's content (" + feedChars + " chars)");
    }

    /** Keeps the feed's content when the page could not be fetched at all; the lead passes the fetch error. */
    public FullTextChoice keepFeed(CleanHtml feedContent, String reason) {
        Objects.requireNonNull(reason, "reason");
        CleanHtml feed = feedContent == null ? new CleanHtml("", "", null) : feedContent;
        return new FullTextChoice(FullTextChoice.Source.FEED, feed.html(), feed.text(), reason);
    }

    private static int length(String text) {
        String folded = ArabicText.foldSpaces(text);
        return folded.codePointCount(0, folded.length());
    }
}
