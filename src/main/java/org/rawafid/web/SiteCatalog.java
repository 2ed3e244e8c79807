package org.rawafid.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import org.rawafid.App;
import org.rawafid.LiveConfig;
import org.rawafid.config.Config;
import org.rawafid.config.Feed;
import org.rawafid.config.Source;
import org.rawafid.model.SourceState;
import org.rawafid.publish.Cursor;
import org.rawafid.publish.FeedSummary;
import org.rawafid.publish.FeedView;
import org.rawafid.publish.Format;
import org.rawafid.publish.IndexPage;
import org.rawafid.publish.IndexView;
import org.rawafid.publish.OpmlSource;
import org.rawafid.publish.OpmlWriter;
import org.rawafid.publish.SearchRequest;
import org.rawafid.publish.SearchResult;
import org.rawafid.search.QuerySyntaxException;
import org.rawafid.publish.SourceHealth;
import org.rawafid.publish.StoryWriter;
import org.rawafid.publish.WebSubPublisher;
import org.rawafid.schedule.FetchScheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the service serves, rendered from the store and the live configuration.
 * First pages of feeds are rendered once per change and kept in memory (one entry per
 * feed and format: bounded by the configuration); older pages are rendered on request.
 */
public final class SiteCatalog implements Catalog {
    /**
     * River pages show relative times ("منذ ٣ دقائق"), and a coverage feed's window slides with the
     * clock even when no data changes, so those are re-rendered at least this often.
     */
    private static final Duration FRESHNESS = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The metrics label of a feed id or format that is not in the configuration. */
    static final String UNKNOWN = "unknown";

    private final App app;
    private final LiveConfig live;
    private final FetchScheduler scheduler;
    private final RenderCache cache = new RenderCache();
    /**
     * The front page's renders, apart from the feeds' because source health changes them too: a source
     * whose outcome differs from the one shown drops only these ({@link #sourceReported}).
     */
    private final RenderCache indexCache = new RenderCache();
    /** Each source's outcome as the cached front page shows it. */
    private final Map<String, String> shownOutcomes = new ConcurrentHashMap<>();
    private final HubNotifier hub;
    private final StoryWriter stories = new StoryWriter();
    /** Test seam: runs after a page's (feed or front page) data was read and before it is cached. */
    private final Runnable afterRead;

    /**
     * @param scheduler the running scheduler, or null when not serving (export)
     * @param publisher the WebSub publisher when {@code service.hub} is set, else null
     */
    public SiteCatalog(App app, LiveConfig live, FetchScheduler scheduler, WebSubPublisher publisher) {
        this(app, live, scheduler, publisher, () -> { });
    }

    SiteCatalog(App app, LiveConfig live, FetchScheduler scheduler, WebSubPublisher publisher, Runnable afterRead) {
        this.afterRead = Objects.requireNonNull(afterRead);
        this.app = Objects.requireNonNull(app);
        this.live = Objects.requireNonNull(live);
        this.scheduler = scheduler;
        this.hub = publisher == null ? null : new HubNotifier(publisher);
        if (hub != null) {
            hub.baseline(live.config(), f -> app.assembler().page(live.config(), f, null));
        }
        Gauge.builder("rawafid.database.size", () -> sizeOf(app)).baseUnit("bytes")
                .description("Database size (SQLite file and WAL, or the PostgreSQL database)").register(app.registry());
    }

    /** Forgets every rendered feed (the next request renders afresh) and tells the hub what changed. */
    public void invalidate() {
        cache.invalidate();
        indexCache.invalidate();
        if (hub != null) {
            Config config = live.config();
            hub.check(config, f -> app.assembler().page(config, f, null));
        }
    }

    /**
     * Forgets every rendered feed because another node of the cluster changed the data. The hub
     * is not told: the node that wrote tells it.
     */
    public void invalidateForOtherNode() {
        cache.invalidate();
        indexCache.invalidate();
    }

    @Override
    public Representation index() {
        return index(0).orElseThrow();
    }

    /**
     * The served front page, cached like the feeds (dropped on every data or configuration change and
     * when a source's status changes) and re-rendered at most once a minute for its relative times.
     *
     * @param page 0 for the overview, else the 1-based page of the full source list
     * @return empty when there is no such page
     */
    @Override
    public Optional<Representation> index(int page) {
        int sources = live.config().sources().size();
        if (page < 0 || page > Math.max(1, (sources + IndexPage.PAGE_SIZE - 1) / IndexPage.PAGE_SIZE)) {
            return Optional.empty();
        }
        String key = "index." + page;
        // One render at a time: with thousands of sources a render takes a while, and every reader
        // arriving during it would otherwise start its own. The ones that waited take the fresh result.
        return Optional.of(indexCache.getSerialized(key, app.clock().instant(), FRESHNESS,
                () -> renderIndex("feeds/", live.config().service().base(), page)));
    }

    /**
     * The front page for a static export, where the feed files sit beside index.html
     * ({@code feedsHref} {@code ""}): every source in one table, never cached.
     */
    public Representation index(String feedsHref) {
        return renderIndex(feedsHref, null, IndexView.ALL);
    }

    private Representation renderIndex(String feedsHref, String baseUrl, int page) {
        Config config = live.config();
        Instant now = app.clock().instant();
        List<FeedSummary> feeds = new ArrayList<>();
        for (Feed f : config.feeds()) {
            List<String> ids = config.sourcesOf(f).stream().map(Source::id).toList();
            Instant notBefore = f.maxAge() == null ? null : now.minus(f.maxAge());
            boolean coverage = f.rank() == Feed.Rank.COVERAGE;
            if (coverage && (notBefore == null || notBefore.isBefore(now.minus(f.window())))) {
                notBefore = now.minus(f.window()); // a coverage feed lists the stories reported within its window
            }
            boolean byStory = coverage || f.dedupe() == Feed.Dedupe.STORY;
            // A saved search counts its hits, not everything its sources hold.
            long count = f.query() != null && !coverage
                    ? app.queryRunner().count(app.queryParser().parse(f.query()), ids, notBefore, byStory)
                    : app.entries().count(ids, notBefore, byStory);
            feeds.add(new FeedSummary(f.id(), f.title(), f.description(), count,
                    app.entries().lastUpdate(ids)));
        }
        List<SourceHealth> health = health(config);
        afterRead.run();
        byte[] body = new IndexPage().render(new IndexView(feeds, health, live.error(), live.generation(), now,
                feedsHref, baseUrl, page));
        return Representation.of(body, Format.HTML.contentType(), now, Duration.ZERO);
    }

    /**
     * Called after every refresh: drops the front page when the source's outcome is not the one it
     * shows (a source started or stopped failing), so its health is never a minute behind; other
     * polls change only relative times, which the one-minute freshness covers.
     */
    public void sourceReported(String sourceId, String outcome) {
        if (!Objects.equals(shownOutcomes.put(sourceId, outcome), outcome)) {
            indexCache.invalidate();
        }
    }

    private List<SourceHealth> health(Config config) {
        Map<String, Long> counts = app.items().countBySource();
        Map<String, SourceState> states = statesById();
        Map<String, Instant> next = scheduler == null ? Map.of() : scheduler.nextFireTimes();
        List<SourceHealth> rows = new ArrayList<>();
        for (Source s : config.sources()) {
            SourceState st = states.getOrDefault(s.id(), SourceState.fresh(s.id()));
            String title = s.title() != null ? s.title() : st.feedTitle() != null ? st.feedTitle() : s.id();
            if (st.outcome() != null) {
                shownOutcomes.put(s.id(), st.outcome());
            }
            rows.add(new SourceHealth(s.id(), title, s.url().toString(), status(s, st), st.lastFetchAt(),
                    st.lastError(), counts.getOrDefault(s.id(), 0L), next.getOrDefault(s.id(), st.nextFetchAt()),
                    st.isMoved() ? st.url() : null, st.declaredCharset(), st.usedCharset(), st.disabledReason()));
        }
        return rows;
    }

    private static SourceHealth.Status status(Source s, SourceState st) {
        if (!s.enabled()) {
            return SourceHealth.Status.DISABLED;
        }
        if (st.outcome() == null) {
            return SourceHealth.Status.PENDING;
        }
        return switch (st.outcome()) {
            case "fetched" -> st.isMoved() ? SourceHealth.Status.MOVED : SourceHealth.Status.OK;
            case "moved" -> SourceHealth.Status.MOVED;
            case "not-modified" -> SourceHealth.Status.NOT_MODIFIED;
            case "rate-limited" -> SourceHealth.Status.RATE_LIMITED;
            case "gone" -> SourceHealth.Status.GONE;
            default -> SourceHealth.Status.FAILING;
        };
    }

    @Override
    public Optional<Representation> feed(String id, String format, String cursor) {
        Config config = live.config();
        Optional<Feed> feed = config.feed(id);
        Optional<Format> fmt = Format.ofExtension(format);
        if (feed.isEmpty() || fmt.isEmpty()) {
            return Optional.empty();
        }
        if (cursor != null) {
            // A coverage feed pages by (outlets, newest, story), a recent one by (published, item): never mixed.
            boolean coverage = feed.get().rank() == Feed.Rank.COVERAGE;
            Cursor before = Cursor.decode(cursor).filter(c -> c.isCoverage() == coverage)
                    .orElseThrow(() -> new BadCursorException("unknown cursor"));
            return Optional.of(render(config, feed.get(), fmt.get(), before));
        }
        // The configuration is read again inside the render, after the cache noted its generation, so a
        // reload racing this request cannot leave a page of the old configuration cached either.
        return Optional.of(cache.get(id + "." + format, app.clock().instant(),
                fmt.get() == Format.HTML || feed.get().rank() == Feed.Rank.COVERAGE ? FRESHNESS : null, () -> {
                    Config current = live.config();
                    return render(current, current.feed(id).orElse(feed.get()), fmt.get(), null);
                }));
    }

    private Representation render(Config config, Feed feed, Format format, Cursor before) {
        FeedView view = app.assembler().page(config, feed, before);
        afterRead.run();
        Duration maxAge = config.sourcesOf(feed).stream().map(Source::interval).min(Duration::compareTo)
                .orElse(Duration.ofMinutes(15));
        return Representation.of(app.writer().render(view, format), format.contentType(), view.updated(), maxAge);
    }

    /** Search pages and feeds are rendered on every request: queries are too many to keep. */
    @Override
    public Optional<Representation> search(String format, String q, String feed, String since, String cursor) {
        Optional<Format> fmt = Format.ofExtension(format);
        if (fmt.isEmpty()) {
            return Optional.empty();
        }
        Cursor before = cursor == null ? null
                : Cursor.decode(cursor).orElseThrow(() -> new BadCursorException("unknown cursor"));
        Config config = live.config();
        SearchRequest request;
        SearchResult result;
        try {
            request = SearchRequest.of(q, feed, since);
            result = app.assembler().search(config, request, before);
        } catch (QuerySyntaxException e) {
            throw new BadQueryException(e.getMessage());
        }
        Duration maxAge = config.sources().stream().map(Source::interval).min(Duration::compareTo)
                .orElse(Duration.ofMinutes(15));
        return Optional.of(Representation.of(app.writer().render(result, request, fmt.get()),
                fmt.get().contentType(), result.view().updated(), maxAge));
    }

    /**
     * Story pages are small and asked for one by one, so they are rendered on each request rather
     * than cached; the ETag (a hash of the bytes) still lets clients revalidate with a 304.
     */
    @Override
    public Optional<Representation> story(String key, String format) {
        Optional<Format> fmt = Format.ofExtension(format).filter(f -> f == Format.HTML || f == Format.JSON);
        if (fmt.isEmpty()) {
            return Optional.empty();
        }
        String type = fmt.get() == Format.JSON ? StoryWriter.JSON_TYPE : fmt.get().contentType();
        return app.storyPages().story(live.config(), key)
                .map(view -> Representation.of(stories.render(view, fmt.get()), type, view.updated(), Duration.ZERO));
    }

    @Override
    public Representation opml() {
        Config config = live.config();
        Map<String, SourceState> states = statesById();
        List<OpmlSource> sources = config.sources().stream().map(s -> {
            SourceState st = states.getOrDefault(s.id(), SourceState.fresh(s.id()));
            String title = s.title() != null ? s.title() : st.feedTitle() != null ? st.feedTitle() : s.id();
            String language = s.language() != null ? s.language() : st.language();
            return new OpmlSource(title, s.url().toString(), st.siteUrl(), language, s.tags());
        }).toList();
        byte[] body = new OpmlWriter().write("روافد — المصادر", sources);
        return Representation.of(body, "text/x-opml; charset=utf-8", app.clock().instant(), Duration.ZERO);
    }

    @Override
    public Health health() {
        Config config = live.config();
        List<String> reasons = new ArrayList<>();
        ObjectNode root = JSON.createObjectNode();
        String database = "ok";
        try {
            app.database().jdbc().sql("SELECT count(*) FROM source_state").query(Long.class).single();
            if (!app.database().writable()) {
                database = "not writable";
            }
        } catch (RuntimeException e) {
            database = "error: " + e.getMessage();
        }
        if (!database.equals("ok")) {
            reasons.add("database " + database);
        }
        boolean running = scheduler == null || scheduler.isRunning();
        if (!running) {
            reasons.add("scheduler stopped");
        }
        if (live.error() != null) {
            reasons.add("config error");
        }
        Map<String, SourceState> states = statesById();
        long enabled = config.sources().stream().filter(Source::enabled).count();
        long failing = config.sources().stream().filter(Source::enabled)
                .map(s -> states.getOrDefault(s.id(), SourceState.fresh(s.id())).outcome())
                .filter(o -> "failed".equals(o) || "gone".equals(o)).count();
        if (enabled > 0 && failing * 2 > enabled) {
            reasons.add(failing + " of " + enabled + " sources failing");
        }
        root.put("status", reasons.isEmpty() ? "ok" : "degraded");
        root.putPOJO("reasons", reasons);
        root.put("database", database);
        root.put("scheduler", running ? "running" : "stopped");
        ObjectNode cfg = root.putObject("config");
        cfg.put("file", String.valueOf(app.configFile()));
        cfg.put("generation", live.generation());
        cfg.put("error", live.error());
        ObjectNode src = root.putObject("sources");
        src.put("configured", config.sources().size());
        src.put("failing", failing);
        try {
            return new Health(reasons.isEmpty(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String metrics() {
        return app.registry().scrape();
    }

    /**
     * Counts one feed request for {@code rawafid_feed_requests_total}. Labels come only from the
     * configuration: any client can ask for {@code /feeds/<random>.rss}, and a series per asked-for
     * id would grow the registry without bound, so unknown feeds and formats count as {@code unknown}.
     */
    public void countRequest(String feed, String format, int status) {
        String feedLabel = live.config().feed(feed).isPresent() ? feed : UNKNOWN;
        String formatLabel = Format.ofExtension(format).isPresent() ? format : UNKNOWN;
        String statusLabel = status >= 100 && status < 600 ? Integer.toString(status) : UNKNOWN;
        Counter.builder("rawafid.feed.requests").description("Feed requests by feed, format and status")
                .tag("feed", feedLabel).tag("format", formatLabel).tag("status", statusLabel)
                .register(app.registry()).increment();
    }

    /** Every source's stored state in one query (pages and health list every source). */
    private Map<String, SourceState> statesById() {
        Map<String, SourceState> byId = new java.util.HashMap<>();
        app.states().findAll().forEach(st -> byId.put(st.sourceId(), st));
        return byId;
    }

    private static double sizeOf(App app) {
        try {
            long bytes = app.database().sizeBytes();
            return bytes < 0 ? Double.NaN : bytes;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
