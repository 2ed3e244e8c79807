package org.rawafid;

import org.rawafid.config.Config;
import org.rawafid.config.ConfigException;
import org.rawafid.config.ConfigLoader;
import org.rawafid.config.ConfigWatcher;
import org.rawafid.schedule.FetchScheduler;
import org.rawafid.store.ChangeCounter;
import org.rawafid.store.Database;
import org.rawafid.publish.WebSubPublisher;
import org.rawafid.web.SiteCatalog;
import org.rawafid.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.random.RandomGenerator;

/**
 * The running service ({@code rawafid serve}): scheduler, HTTP server and config watcher
 * around one {@link App}. A valid save of feeds.yml is applied live; an invalid one changes
 * nothing and is reported on {@code /} and {@code /healthz}.
 */
public final class Server implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Server.class);
    /**
     * Refreshes at once: fetching is mostly waiting on the network, so enough in flight that 2,000
     * sources answering 304 in 50 ms each are polled in under 2 s (issue 14); politeness is the
     * per-host limit's job ({@link org.rawafid.fetch.FetchSettings#DEFAULT_MAX_PER_HOST}).
     */
    public static final int FETCH_THREADS = 64;
    /** Retention runs daily; the first run comes a minute after start. */
    private static final java.time.Duration PRUNE_EVERY = java.time.Duration.ofDays(1);

    private final App app;
    private final LiveConfig live;
    private final SiteCatalog catalog;
    private final FetchScheduler scheduler;
    private final WebServer web;
    private final ConfigWatcher watcher;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private ChangeCounter changes;
    /** How often the service checks whether another node or process changed the published data. */
    private static final java.time.Duration CHANGE_POLL = java.time.Duration.ofSeconds(1);
    /** Daily prune, WebSub retries and (in a cluster) the change poll; two threads so a long prune delays no poll. */
    private final java.util.concurrent.ScheduledExecutorService housekeeping =
            java.util.concurrent.Executors.newScheduledThreadPool(2, r -> {
                Thread t = new Thread(r, "rawafid-housekeeping");
                t.setDaemon(true);
                return t;
            });

    private Server(Config config, Path configFile, InstantSource clock, String bindOverride, Integer portOverride) {
        this.live = new LiveConfig(config);
        SiteCatalog[] holder = new SiteCatalog[1];
        this.app = App.open(config, configFile, clock, (source, report) -> {
            if (holder[0] != null && (report.newItems() > 0 || report.updatedItems() > 0)) {
                holder[0].invalidate();
            } else if (holder[0] != null) {
                holder[0].sourceReported(source.id(), report.outcome());
            }
        });
        io.micrometer.core.instrument.Timer lag = io.micrometer.core.instrument.Timer
                .builder("rawafid.schedule.lag").description("How late fetch jobs start against their scheduled time")
                .publishPercentileHistogram().register(app.registry());
        boolean clustered = app.database().dialect() == Database.Dialect.POSTGRESQL;
        this.scheduler = new FetchScheduler(app.refresher(), app.states(), clock, RandomGenerator.getDefault(),
                FETCH_THREADS, startWindow(), lag::record, clustered ? cluster(app.database()) : null);
        this.catalog = new SiteCatalog(app, live, scheduler, config.service().hub() == null ? null
                : new WebSubPublisher(java.net.http.HttpClient.newBuilder().proxy(new org.rawafid.fetch.GuardedProxySelector(
                        org.rawafid.fetch.HostResolver.SYSTEM, config.service().allowPrivateNetworks())).build(),
                housekeeping, config.service().hub(),
                WebSubPublisher.Retry.DEFAULT));
        holder[0] = catalog;
        this.web = new WebServer(catalog, catalog::countRequest);
        this.watcher = new ConfigWatcher(configFile, new ConfigLoader(), new ConfigWatcher.Listener() {
            @Override
            public void onReload(Config next) {
                reload(next);
            }

            @Override
            public void onError(ConfigException e) {
                reject(e);
            }
        });
        String bind = bindOverride != null ? bindOverride : config.service().bind();
        int port = portOverride != null ? portOverride : config.service().port();
        try {
            web.start(bind, port);
        } catch (RuntimeException e) {
            housekeeping.shutdownNow();
            scheduler.close();
            app.close();
            throw e;
        }
        try {
            app.rebuildStoryIndex(); // before the first refresh, not inside its write lock
        } catch (RuntimeException e) {
            // e.g. a read-only database whose signatures need writing back: the first write retries
            log.warn("story index: not loaded at start, the first write will: {}", e.toString());
        }
        scheduler.start(config.sources());
        try {
            watcher.start();
        } catch (java.io.IOException e) {
            close();
            throw new java.io.UncheckedIOException("config: cannot watch " + configFile + " for changes", e);
        }
        housekeeping.scheduleWithFixedDelay(this::prune, 1, PRUNE_EVERY.toMinutes(),
                java.util.concurrent.TimeUnit.MINUTES);
        this.changes = new ChangeCounter(app.database());
        watchOtherWriters(changes, clustered);
        log.info("rawafid: serving {} feeds from {} sources on http://{}:{}/ (database {})", config.feeds().size(),
                config.sources().size(), bind, web.port(), app.database().location());
    }

    /**
     * SPEC §1's 30-second start window; the system property {@code rawafid.startWindowSeconds}
     * shortens it for tests that start the real service as a child process.
     */
    private static java.time.Duration startWindow() {
        String s = System.getProperty("rawafid.startWindowSeconds");
        return s == null ? FetchScheduler.START_WINDOW : java.time.Duration.ofSeconds(Long.parseLong(s));
    }

    /**
     * The clustered job store's timing: Quartz's defaults (check-in every 7.5 s, a node idle
     * for 5 s looks for work armed elsewhere); the system properties
     * {@code rawafid.cluster.checkinMillis} and {@code rawafid.cluster.idleWaitMillis} shorten
     * them for the cluster test.
     */
    private static FetchScheduler.Cluster cluster(Database database) {
        return new FetchScheduler.Cluster(database.dataSource(),
                java.time.Duration.ofMillis(Long.getLong("rawafid.cluster.checkinMillis",
                        FetchScheduler.Cluster.DEFAULT_CHECKIN.toMillis())),
                java.time.Duration.ofMillis(Long.getLong("rawafid.cluster.idleWaitMillis",
                        FetchScheduler.Cluster.DEFAULT_IDLE_WAIT.toMillis())));
    }

    /**
     * Drops the rendered pages within about a second of a write made elsewhere: by another node of a
     * cluster, or (SQLite) by {@code rawafid fetch}/{@code prune} or another process on the same file.
     * A change seen on SQLite also gets the WebSub check local writes get, since no other process pings
     * the hub; in a cluster the node that wrote pings it. The counter also moves for this process's own
     * commits: that costs one more cache drop, and the hub check is idempotent.
     */
    private void watchOtherWriters(ChangeCounter counter, boolean clustered) {
        counter.moved();
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                if (counter.moved().isPresent()) {
                    if (clustered) {
                        catalog.invalidateForOtherNode();
                    } else {
                        catalog.invalidate();
                    }
                }
            } catch (RuntimeException e) {
                log.warn("store: cannot read the change counter: {}", e.getMessage());
            }
        }, CHANGE_POLL.toMillis(), CHANGE_POLL.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the service on a loaded configuration.
     *
     * @param bindOverride address to listen on instead of {@code service.bind}, or null
     * @param portOverride port instead of {@code service.port} (0 = any free port), or null
     */
    public static Server start(Config config, Path configFile, InstantSource clock, String bindOverride,
                               Integer portOverride) {
        Objects.requireNonNull(config, "config");
        return new Server(config, configFile, clock, bindOverride, portOverride);
    }

    synchronized void reload(Config next) {
        if (!next.service().equals(live.config().service())) {
            log.warn("config: changes under service: (port, bind, database, …) apply at the next restart");
        }
        live.apply(next);
        scheduler.apply(next.sources());
        catalog.invalidate();
        log.info("config: reloaded {} (generation {}): {} sources, {} feeds", app.configFile(), live.generation(),
                next.sources().size(), next.feeds().size());
    }

    synchronized void reject(ConfigException e) {
        String error = e.getMessage();
        if (!error.equals(live.error())) {
            log.error("config: {} is invalid; keeping the last good configuration:\n{}", app.configFile(), error);
        }
        live.reject(error);
        catalog.invalidate();
    }

    private void prune() {
        try {
            var r = app.prune(false);
            if (r.items() > 0 || r.stories() > 0) {
                log.info("retention: removed {} items and {} stories", r.items(), r.stories());
                catalog.invalidate();
            }
        } catch (RuntimeException e) {
            log.error("retention: prune failed; will retry tomorrow", e);
        }
    }

    /** Re-reads feeds.yml now (SIGHUP). */
    public void reloadNow() {
        watcher.reloadNow();
    }

    public App app() {
        return app;
    }

    public LiveConfig live() {
        return live;
    }

    public int port() {
        return web.port();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Graceful stop: no new fetches, running ones finish (each bounded by its timeouts),
     * HTTP closed, the WAL checkpointed into the database file.
     */
    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        log.info("rawafid: stopping");
        watcher.close();
        housekeeping.shutdownNow();
        if (changes != null) {
            changes.close();
        }
        scheduler.close();
        web.close();
        app.close();
        stopped.countDown();
        log.info("rawafid: stopped");
    }
}
