package org.rawafid.refresh;

import org.rawafid.config.Source;
import org.rawafid.fetch.FeedFetcher;
import org.rawafid.fetch.FetchOutcome;
import org.rawafid.fetch.FetchRequest;
import org.rawafid.fetch.RobotsGate;
import org.rawafid.parse.LinkedFetch;
import org.rawafid.parse.ParseException;

import java.net.URI;
import java.util.Objects;

/**
 * Fetches the documents a source links to (a sitemap index's sitemaps) the way the source itself is
 * fetched: the feed fetcher with the source's timeout and size limit, after robots.txt agrees. The
 * refresh's CPU slot is given back while it waits on the network.
 */
final class LinkedPages implements LinkedFetch {
    private final FeedFetcher fetcher;
    private final RobotsGate robots;
    private final Source source;
    private final CpuSlots slots;

    LinkedPages(FeedFetcher fetcher, RobotsGate robots, Source source, CpuSlots slots) {
        this.slots = Objects.requireNonNull(slots);
        this.fetcher = Objects.requireNonNull(fetcher);
        this.robots = Objects.requireNonNull(robots);
        this.source = Objects.requireNonNull(source);
    }

    @Override
    public Page fetch(URI url) throws ParseException {
        var refusal = slots.waiting(() -> robots.refusal(url, source.timeout()));
        if (refusal.isPresent()) {
            throw new ParseException(url, refusal.get());
        }
        FetchOutcome outcome;
        try {
            outcome = slots.waiting(() -> fetcher.fetch(FetchRequest.of(url, source.timeout(), source.maxBytes())));
        } catch (IllegalArgumentException e) {
            throw new ParseException(url, "not fetched: " + e.getMessage(), e);
        }
        FetchOutcome.Fetched page = outcome instanceof FetchOutcome.Fetched f ? f
                : outcome instanceof FetchOutcome.Moved m ? m.content() : null;
        if (page == null) {
            throw new ParseException(url, "not fetched: "
                    + (outcome instanceof FetchOutcome.Failed f ? f.reason() : outcome.name()));
        }
        return new Page(page.body(), page.contentType(), page.finalUrl());
    }
}
