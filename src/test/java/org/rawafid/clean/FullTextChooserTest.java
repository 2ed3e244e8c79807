package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FullTextChooserTest {
    private final FullTextChooser chooser = new FullTextChooser();
    private final CleanHtml feed = new CleanHtml("<p>موجز الخبر في سطرين.</p>", "موجز الخبر في سطرين.", null);

    private static Article article(String text) {
        return new Article("عنوان", null, null, "<p>" + text + "</p>", text, null, null, "https://news.example/1");
    }

    @Test
    void keepsTheFeedWhenExtractionFailed() {
        FullTextChoice choice = chooser.choose(feed, Optional.empty());
        assertThat(choice.usesArticle()).isFalse();
        assertThat(choice.html()).isEqualTo(feed.html());
        assertThat(choice.reason()).startsWith("extraction failed");
    }

    @Test
    void keepsTheFeedWhenTheArticleHasLessText() {
        FullTextChoice choice = chooser.choose(feed, Optional.of(article("قصير.")));
        assertThat(choice.source()).isEqualTo(FullTextChoice.Source.FEED);
        assertThat(choice.text()).isEqualTo(feed.text());
        assertThat(choice.reason()).isEqualTo("extracted text (5 chars) is shorter than the feed's (20 chars)");
    }

    @Test
    void usesTheArticleWhenItHasMoreText() {
        String longer = "موجز الخبر في سطرين، ثم التفاصيل الكاملة للخبر كما نشرها الموقع.";
        FullTextChoice choice = chooser.choose(feed, Optional.of(article(longer)));
        assertThat(choice.usesArticle()).isTrue();
        assertThat(choice.text()).isEqualTo(longer);
        assertThat(choice.reason()).startsWith("extracted article (");
    }

    @Test
    void usesTheArticleWhenTheFeedHadNoContent() {
        assertThat(chooser.choose(null, Optional.of(article("نص"))).usesArticle()).isTrue();
    }

    @Test
    void keepsTheFeedWithTheGivenReasonWhenThePageCouldNotBeFetched() {
        FullTextChoice choice = chooser.keepFeed(feed, "page fetch failed: HTTP 403");
        assertThat(choice.usesArticle()).isFalse();
        assertThat(choice.reason()).isEqualTo("page fetch failed: HTTP 403");
    }
}
