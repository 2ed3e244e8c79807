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

/**
 * Everything the service serves, rendered from the store and the live configuration.
 * First pages of feeds are rendered once per change and kept in memory (one entry per
 * feed and format: bounded by the configuration); older pages are rendered on request.
 */
public final class SiteCatalog implements Catalog {
    /** River pages show relative times ("منذ ٣ دقائق"), so they are re-rendered at least this often. */
    private static final Duration HTML_FRESHNESS = Duration.ofMinutes(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final App app;
    private final LiveConfig live;
    private final FetchScheduler scheduler;
    private final RenderCache cache = new RenderCache();
    private final HubNotifier hub;
    /** Test seam: runs after a feed page's data was read and before it is cached. */
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
    }

    @Override
    public Representation index() {
        return index("feeds/");
    }

    /**
     * The front page, linking feeds under {@code feedsHref} ({@code "feeds/"} when served,
     * {@code ""} for a static export where the feed files sit beside index.html).
     */
    public Representation index(String feedsHref) {
        Config config = live.config();
        Instant now = app.clock().instant();
        List<FeedSummary> feeds = new ArrayList<>();
        for (Feed f : config.feeds()) {
            List<String> ids = config.sourcesOf(f).stream().map(Source::id).toList();
            Instant notBefore = f.maxAge() == null ? null : now.minus(f.maxAge());
            feeds.add(new FeedSummary(f.id(), f.title(), f.description(),
                    app.entries().count(ids, notBefore, f.dedupe() == Feed.Dedupe.STORY),
                    app.entries().lastUpdate(ids)));
        }
        byte[] body = new IndexPage().render(new IndexView(feeds, health(config), live.error(), live.generation(), now,
                feedsHref));
        return Representation.of(body, Format.HTML.contentType(), now, Duration.ZERO);
    }

    private List<SourceHealth> health(Config config) {
        Map<String, Long> counts = app.items().countBySource();
        Map<String, SourceState> states = statesById();
        Map<String, Instant> next = scheduler == null ? Map.of() : scheduler.nextFireTimes();
        List<SourceHealth> rows = new ArrayList<>();
        for (Source s : config.sources()) {
            SourceState st = states.getOrDefault(s.id(), SourceState.fresh(s.id()));
            String title = s.title() != null ? s.title() : st.feedTitle() != null ? st.feedTitle() : s.id();
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
            Cursor before = Cursor.decode(cursor).orElseThrow(() -> new BadCursorException("unknown cursor"));
            return Optional.of(render(config, feed.get(), fmt.get(), before));
        }
        // The configuration is read again inside the render, after the cache noted its generation, so a
        // reload racing this request cannot leave a page of the old configuration cached either.
        return Optional.of(cache.get(id + "." + format, app.clock().instant(),
                fmt.get() == Format.HTML ? HTML_FRESHNESS : null, () -> {
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

    /** Counts one feed request for {@code rawafid_feed_requests_total}. */
    public void countRequest(String feed, String format, int status) {
        Counter.builder("rawafid.feed.requests").description("Feed requests by feed, format and status")
                .tag("feed", feed).tag("format", format).tag("status", Integer.toString(status))
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
