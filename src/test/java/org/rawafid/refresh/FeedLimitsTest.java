package org.rawafid.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rawafid.model.ParsedItem;

/** Issue 18, row 13: 20,000 tiny items, a 2.7 MB title and 60,000 categories were all stored. */
class FeedLimitsTest {
    private static final Instant T0 = Instant.parse("2026-11-28T00:00:00Z");

    private static ParsedItem item(int n, Instant published, String title, List<String> categories) {
        return new ParsedItem("g" + n, "https://e.org/" + n, title, "<p>x</p>", null, null, published, null,
                categories, null, null);
    }

    @Test
    void keepsTheNewestThousandItemsInFeedOrder() {
        List<ParsedItem> items = new ArrayList<>(IntStream.range(0, 20_000)
                .mapToObj(i -> item(i, T0.plusSeconds(i), "t", List.of())).toList());
        Collections.shuffle(items, new java.util.Random(18));
        items.add(item(-1, null, "undated", List.of()));

        FeedLimits.Limited limited = FeedLimits.apply(items);

        assertThat(limited.items()).hasSize(FeedLimits.MAX_ITEMS)
                .allMatch(p -> p.published() != null && !p.published().isBefore(T0.plusSeconds(19_000)));
        List<ParsedItem> inFeedOrder = items.stream().filter(limited.items()::contains).toList();
        assertThat(limited.items()).isEqualTo(inFeedOrder);
        assertThat(limited.cuts()).isEqualTo("kept the newest 1000 of 20001 items");
    }

    @Test
    void cutsCategoriesTitlesAndHtmlAndSaysSoInOneLine() {
        List<String> many = IntStream.range(0, 60_000).mapToObj(i -> "c" + i).toList();
        String hugeTitle = "عنوان ".repeat(450_000);
        ParsedItem big = new ParsedItem("g", null, hugeTitle, "<p>" + "x".repeat(600_000), null, null, T0, null,
                many, null, null);

        FeedLimits.Limited limited = FeedLimits.apply(List.of(big, item(2, T0, "ok", List.of("a"))));

        ParsedItem cut = limited.items().get(0);
        assertThat(cut.categories()).hasSize(FeedLimits.MAX_CATEGORIES).startsWith("c0", "c1");
        assertThat(cut.title()).hasSize(FeedLimits.MAX_RAW_TITLE_CHARS);
        assertThat(cut.contentHtml()).hasSize(FeedLimits.MAX_HTML_CHARS);
        assertThat(limited.items().get(1)).isEqualTo(item(2, T0, "ok", List.of("a")));
        assertThat(limited.cuts()).doesNotContain("\n").contains("1 item(s) with over 50 categories")
                .contains("1 title(s) over 1000 chars").contains("1 content or summary over 512 KB");
    }

    @Test
    void leavesAFeedWithinTheLimitsAlone() {
        List<ParsedItem> items = List.of(item(1, T0, "t", List.of("a", "b")), item(2, null, "u", List.of()));
        FeedLimits.Limited limited = FeedLimits.apply(items);
        assertThat(limited.items()).isEqualTo(items);
        assertThat(limited.cuts()).isNull();
    }
}
