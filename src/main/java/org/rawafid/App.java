package org.rawafid;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.rawafid.clean.ArticleExtractor;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.clean.TitleCleaner;
import org.rawafid.config.Config;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.CanonicalLink;
import org.rawafid.dedupe.Fingerprinter;
import org.rawafid.dedupe.StoryIndex;
import org.rawafid.dedupe.StoryMatcher;
import org.rawafid.fetch.BackoffPolicy;
import org.rawafid.fetch.FeedFetcher;
import org.rawafid.fetch.FetchSettings;
import org.rawafid.fetch.HostResolver;
import org.rawafid.fetch.PageFetcher;
import org.rawafid.fetch.RobotsGate;
import org.rawafid.parse.DateParser;
import org.rawafid.parse.FeedParser;
import org.rawafid.publish.FeedAssembler;
import org.rawafid.publish.FeedWriter;
import org.rawafid.publish.StoryAssembler;
import org.rawafid.publish.StoryDifferences;
import org.rawafid.refresh.RefreshListener;
import org.rawafid.refresh.RefreshMetrics;
import org.rawafid.refresh.SourceRefresher;
import org.rawafid.search.Highlighter;
import org.rawafid.search.IndexWriter;
import org.rawafid.search.QueryParser;
import org.rawafid.search.QueryRunner;
import org.rawafid.search.SearchRepository;
import org.rawafid.store.Database;
import org.rawafid.store.EntryQuery;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.Pruner;
import org.rawafid.store.SourceStateRepository;
import org.rawafid.store.WriteTransactions;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The one place that wires Rawafid's objects together from a configuration: the database,
 * the pipeline stages and the refresher. Commands ({@code serve}, {@code fetch}, {@code export}
 * …) take what they need from here. Nothing else constructs collaborators.
 */
public final class App implements AutoCloseable {
    private final Config config;
    private final Path configFile;
    private final InstantSource clock;
    private final Database database;
    private final ItemRepository items;
    private final SourceStateRepository states;
    private final EntryQuery entries;
    private final StoryIndex stories;
    private final ArabicNormalizer normalizer;
    private final FeedFetcher fetcher;
    private final PrometheusMeterRegistry registry;
    private final SourceRefresher refresher;
    private final FeedAssembler assembler;
    private final FeedWriter writer;
    private final StoryAssembler storyPages;
    private final Pruner pruner;
    private final WriteTransactions writes;
    private final java.time.Duration retention;
    private final QueryParser queryParser;
    private final QueryRunner queryRunner;

    private App(Config config, Path configFile, InstantSource clock, RefreshListener extra, HostResolver resolver,
                boolean searchIndex) {
        this.config = config;
        this.configFile = configFile;
        this.clock = clock;
        this.database = Database.open(config.service().database());
        this.normalizer = new ArabicNormalizer();
        SearchRepository search = new SearchRepository(database);
        IndexWriter index = new IndexWriter(search, normalizer);
        this.items = searchIndex ? new ItemRepository(database.jdbc(), index) : new ItemRepository(database.jdbc());
        this.states = new SourceStateRepository(database.jdbc());
        this.entries = new EntryQuery(database.jdbc());
        this.queryParser = new QueryParser(normalizer);
        this.queryRunner = new QueryRunner(search);
        Fingerprinter fingerprinter = new Fingerprinter(normalizer);
        this.stories = new StoryIndex(database.jdbc(), fingerprinter, new StoryMatcher(fingerprinter), clock);
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmGcMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.system.ProcessorMetrics().bindTo(registry);
        this.fetcher = new FeedFetcher(FetchSettings.withUserAgent(config.service().userAgent()), clock, resolver,
                config.service().allowPrivateNetworks());
        HtmlCleaner cleaner = new HtmlCleaner();
        Summarizer summarizer = new Summarizer();
        TitleCleaner titles = new TitleCleaner();
        PageFetcher pages = new PageFetcher(fetcher, config.service().allowPrivateNetworks());
        ArticleExtractor extractor = new ArticleExtractor(cleaner, titles, new DateParser()::parse);
        SourceRefresher.Stages stages = new SourceRefresher.Stages(fetcher, new FeedParser(), cleaner, titles,
                summarizer, new CanonicalLink(), pages, extractor,
                new RobotsGate(fetcher, config.service().userAgent(), clock));
        WriteTransactions tx = new WriteTransactions(database, registry);
        this.writes = tx;
        // The story index catches up with other writers' rows once per write transaction, at its
        // first use there (inside the lock, before deciding); a source rolled back inside a group
        // commit must leave nothing of itself in the index's staging.
        tx.afterRollback(stories::discardRolledBack);
        // Items stored before the search index existed (migration V5) are indexed once, here.
        if (searchIndex) {
            index.catchUp(tx);
        }
        BackoffPolicy backoff = new BackoffPolicy(clock, RandomGenerator.getDefault());
        this.refresher = new SourceRefresher(stages, items, states, stories, backoff, tx, clock,
                new RefreshMetrics(registry).andThen(extra));
        this.assembler = new FeedAssembler(entries, states, normalizer, clock, queryParser, queryRunner);
        this.writer = new FeedWriter(clock, new Highlighter(normalizer));
        this.storyPages = new StoryAssembler(entries, assembler, new StoryDifferences(normalizer, stories.wordCounts()));
        this.pruner = new Pruner(database.jdbc(), tx);
        this.retention = config.service().retention();
    }

    /**
     * Loads the story index's window from the items' stored signatures (recomputing and writing
     * back missing ones, in write transactions), so the first write does not; a command that
     * never writes need not call it. Returns the number of signatures recomputed.
     */
    public int rebuildStoryIndex() {
        return stories.rebuild(work -> writes.write(() -> {
            work.run();
            return null;
        }));
    }

    public QueryParser queryParser() {
        return queryParser;
    }

    public QueryRunner queryRunner() {
        return queryRunner;
    }

    /** Removes (or, on a dry run, counts) what is older than {@code service.retention}. */
    public Pruner.Result prune(boolean dryRun) {
        java.time.Instant cutoff = clock.instant().minus(retention);
        Pruner.Result result = pruner.prune(cutoff, dryRun);
        if (!dryRun) {
            stories.forgetPublishedBefore(cutoff);
        }
        return result;
    }

    /** Opens the database named by {@code config} (relative paths resolve against the working directory). */
    public static App open(Config config, Path configFile, InstantSource clock, RefreshListener listener) {
        Objects.requireNonNull(config, "config");
        return open(config, configFile, clock, listener, HostResolver.SYSTEM);
    }

    /** As {@link #open(Config, Path, InstantSource, RefreshListener)}, resolving fetched hosts with {@code resolver}. */
    public static App open(Config config, Path configFile, InstantSource clock, RefreshListener listener,
                           HostResolver resolver) {
        Objects.requireNonNull(config, "config");
        return new App(config, configFile, clock, listener, Objects.requireNonNull(resolver, "resolver"), true);
    }

    /**
     * Bench only ({@code bench ingest --without-search-index}): as {@link #open(Config, Path, InstantSource,
     * RefreshListener)}, but items are stored without the search index (no terms computed, nothing
     * indexed: search finds nothing), to measure what the index costs the whole pipeline.
     */
    public static App openWithoutSearchIndexForBench(Config config, Path configFile, InstantSource clock,
                                                     RefreshListener listener) {
        Objects.requireNonNull(config, "config");
        return new App(config, configFile, clock, listener, HostResolver.SYSTEM, false);
    }

    /** The configuration the app was opened with (the service's live one is in {@link LiveConfig}). */
    public Config config() {
        return config;
    }

    public Path configFile() {
        return configFile;
    }

    public InstantSource clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public ItemRepository items() {
        return items;
    }

    public SourceStateRepository states() {
        return states;
    }

    public EntryQuery entries() {
        return entries;
    }

    public StoryIndex stories() {
        return stories;
    }

    public ArabicNormalizer normalizer() {
        return normalizer;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The write transactions every writer of this app goes through (group commit; SPEC §9). */
    public WriteTransactions writes() {
        return writes;
    }

    public SourceRefresher refresher() {
        return refresher;
    }

    public FeedAssembler assembler() {
        return assembler;
    }

    public FeedWriter writer() {
        return writer;
    }

    /** Story pages (SPEC §8a). */
    public StoryAssembler storyPages() {
        return storyPages;
    }

    /** Checkpoints the WAL into the database file, so a copied file is complete, and closes the pool. */
    @Override
    public void close() {
        try {
            database.checkpoint();
        } finally {
            database.close();
        }
    }
}
