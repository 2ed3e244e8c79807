package org.rawafid.web;

import org.rawafid.config.Config;
import org.rawafid.config.Feed;
import org.rawafid.publish.EntryView;
import org.rawafid.publish.FeedView;
import org.rawafid.publish.WebSubPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * WebSub (W3C Recommendation §5): when a merged feed's first page changes, tells the hub, once
 * per change, for every format's self URL. A feed's "version" is its entries' ids and update
 * times, so a re-render that changes nothing visible pings nobody.
 */
final class HubNotifier {
    private static final Logger log = LoggerFactory.getLogger(HubNotifier.class);

    private final WebSubPublisher publisher;
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    HubNotifier(WebSubPublisher publisher) {
        this.publisher = Objects.requireNonNull(publisher);
    }

    /** Records the current version of every feed without pinging (at start). */
    synchronized void baseline(Config config, Function<Feed, FeedView> firstPage) {
        for (Feed feed : config.feeds()) {
            versions.put(feed.id(), version(firstPage.apply(feed)));
        }
    }

    /**
     * Pings the hub for every feed whose first page changed since the last call. Synchronized: two
     * checks racing (two refreshes, or a refresh and the change poll) could otherwise record an older
     * page after a newer one and ping twice, once with stale entries.
     */
    synchronized void check(Config config, Function<Feed, FeedView> firstPage) {
        for (Feed feed : config.feeds()) {
            FeedView view = firstPage.apply(feed);
            String version = version(view);
            String previous = versions.put(feed.id(), version);
            if (!version.equals(previous)) {
                log.info("websub: feed {} changed; pinging the hub", feed.id());
                publisher.publish(view);
            }
        }
    }

    private static String version(FeedView view) {
        StringBuilder v = new StringBuilder();
        for (EntryView e : view.entries()) {
            v.append(e.id()).append('@').append(e.updated().toEpochMilli()).append(';');
        }
        return v.toString();
    }
}
