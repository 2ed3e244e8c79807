package org.rawafid.publish;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.publish.SampleFeeds.NOW;

/** Issue 19.3: the front page stays small with thousands of sources. */
class SourcesSectionTest {
    private static final int FAILING_EVERY = 125; // 40 of 5,000

    private static List<SourceHealth> sources(int n) {
        List<SourceHealth> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean failing = i % FAILING_EVERY == 7;
            all.add(new SourceHealth("s" + i, "مصدر رقم " + i, "https://news" + i + ".example/rss.xml",
                    failing ? SourceHealth.Status.FAILING : i % 2 == 0 ? SourceHealth.Status.OK
                            : SourceHealth.Status.NOT_MODIFIED, NOW.minusSeconds(300),
                    failing ? "HTTP 503 from https://news" + i + ".example/rss.xml" : null, 120,
                    NOW.plusSeconds(600), null, "UTF-8", "UTF-8", null));
        }
        return all;
    }

    private static IndexView view(List<SourceHealth> sources, int page) {
        return new IndexView(SampleFeeds.index().feeds(), sources, null, 1, NOW, "feeds/", "https://news.example", page);
    }

    private static Document render(IndexView view) {
        return RiverPageTest.parse(new IndexPage().render(view));
    }

    @Test
    void fiveThousandSourcesCollapseToASummaryAndTheFailingOnesUnder300KB() {
        byte[] body = new IndexPage().render(view(sources(5_000), 0));
        Document page = RiverPageTest.parse(body);

        assertThat(body.length).isLessThan(300 * 1024);
        assertThat(page.select("tbody tr")).hasSize(40)
                .allSatisfy(row -> assertThat(row.select(".status").hasClass("status-bad")).isTrue());
        assertThat(page.select(".status-summary li").eachText())
                .containsExactly("يعمل ٢٤٨٠", "لم يتغير ٢٤٨٠", "يفشل ٤٠");
        assertThat(page.select("a[href=?page=1]").text()).contains("٥٠٠٠").contains("٢٥ صفحة");
    }

    @Test
    void evenWithEverySourceFailingTheOverviewStaysUnder300KB() {
        List<SourceHealth> failing = sources(5_000).stream().map(s -> new SourceHealth(s.id(), s.title(), s.url(),
                SourceHealth.Status.FAILING, s.lastFetch(), "HTTP 503 Service Unavailable from " + s.url() + "?x="
                + "y".repeat(100), s.items(), s.nextFetch(), null, null, null, null)).toList();
        byte[] body = new IndexPage().render(view(failing, 0));

        assertThat(body.length).isLessThan(300 * 1024);
        assertThat(RiverPageTest.parse(body).select("tbody tr")).hasSize(IndexPage.PAGE_SIZE);
        assertThat(RiverPageTest.parse(body).text()).contains("و٤٨٠٠ مصدراً آخر");
    }

    @Test
    void upTo200SourcesTheOverviewIsTheWholeTable() {
        Document page = render(view(sources(200), 0));

        assertThat(page.select("tbody tr")).hasSize(200);
        assertThat(page.select(".status-summary, .pager")).isEmpty();
    }

    @Test
    void everySourceIsOnExactlyOnePage() {
        List<SourceHealth> all = sources(450);
        List<String> seen = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            Document page = render(view(all, p));
            seen.addAll(page.select("tbody tr td.url strong").eachText());
            assertThat(page.select(".pager").first().text()).contains("صفحة " + ArabicTime.digits(p) + " من ٣");
        }

        assertThat(seen).hasSize(450).doesNotHaveDuplicates();
        assertThat(render(view(all, 2)).select(".pager").first().select("a").eachAttr("href"))
                .containsExactly("?page=1", "?page=3");
        assertThat(render(view(all, 3)).select(".pager a[rel=next]")).isEmpty();
    }

    @Test
    void aStaticExportListsEverySourceInOneTable() {
        assertThat(render(view(sources(450), IndexView.ALL)).select("tbody tr")).hasSize(450);
    }

    @Test
    void saysSoWhenNoSourceNeedsAttention() {
        List<SourceHealth> healthy = sources(300).stream()
                .filter(s -> s.status() != SourceHealth.Status.FAILING).toList();
        Document page = render(view(healthy, 0));

        assertThat(page.select("tbody tr")).isEmpty();
        assertThat(page.text()).contains("لا مصدر يحتاج إلى انتباه");
    }
}
