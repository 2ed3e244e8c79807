package org.rawafid.refresh;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rawafid.clean.ArticleExtractor;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.clean.TitleCleaner;
import org.rawafid.config.Source;
import org.rawafid.dedupe.CanonicalLink;
import org.rawafid.fetch.FeedFetcher;
import org.rawafid.fetch.FetchSettings;
import org.rawafid.fetch.PageFetcher;
import org.rawafid.fetch.RobotsGate;
import org.rawafid.model.Item;

/** Issue 18: full-text pages were fetched one by one at 20 s each, so one feed could hold a thread for hours. */
class FullTextEnricherTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final FeedFetcher fetcher = new FeedFetcher(FetchSettings.withUserAgent("RawafidTest/1.0"), Clock.systemUTC());
    private final FullTextEnricher enricher = new FullTextEnricher(new PageFetcher(fetcher, true),
            new ArticleExtractor(), new ItemBuilder(new HtmlCleaner(), new TitleCleaner(), new Summarizer(),
                    new CanonicalLink()), new RobotsGate(fetcher, "RawafidTest/1.0", Clock.systemUTC()));

    private Item item(int n) {
        return new Item("s", "k" + n, "g" + n, wm.baseUrl() + "/news/" + n, null, "عنوان " + n, "<p>نص</p>", "نص",
                null, null, List.of(), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void fetchesNoMorePagesOnceTheRefreshBudgetIsSpent() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withBody("<html><body><p>x</p></body></html>")));
        Source source = new Source("s", URI.create(wm.baseUrl() + "/rss.xml"), null, Duration.ofMinutes(15),
                Duration.ofSeconds(5), 1 << 20, null, List.of("t"), true, true, null);
        List<Item> items = List.of(item(1), item(2), item(3));

        List<Item> out = enricher.enrich(source, items, null, java.util.Set.of(), System.nanoTime() - 1);

        assertThat(out).isEqualTo(items);
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }
}
