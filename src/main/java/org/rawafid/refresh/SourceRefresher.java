package org.rawafid.refresh;

import org.rawafid.clean.ArticleExtractor;
import org.rawafid.clean.HtmlCleaner;
import org.rawafid.clean.Summarizer;
import org.rawafid.clean.TitleCleaner;
import org.rawafid.config.Source;
import org.rawafid.dedupe.CanonicalLink;
import org.rawafid.dedupe.Fingerprint;
import org.rawafid.dedupe.Report;
import org.rawafid.dedupe.StoryIndex;
import org.rawafid.dedupe.StoryRef;
import org.rawafid.fetch.BackoffPolicy;
import org.rawafid.fetch.FeedFetcher;
import org.rawafid.fetch.FetchOutcome;
import org.rawafid.fetch.FetchRequest;
import org.rawafid.fetch.PageFetcher;
import org.rawafid.fetch.RobotsGate;
import org.rawafid.model.Item;
import org.rawafid.model.ParsedItem;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.SourceState;
import org.rawafid.parse.DateParser;
import org.rawafid.parse.FeedParser;
import org.rawafid.parse.ParseException;
import org.rawafid.parse.SourceParser;
import org.rawafid.store.ItemIndex;
import org.rawafid.store.ItemRepository;
import org.rawafid.store.SourceStateRepository;
import org.rawafid.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Refreshes one source: fetch → parse → clean → dedupe → store, in that order, and
 * records the outcome and the next fetch time. Everything one fetch stores is written
 * together (in a group-commit transaction with other fetches, inside a savepoint of its own:
 * {@link WriteTransactions#writeInBatch}), so a crash leaves either all of it or none of it.
 *
 * <p>Never throws for a misbehaving source: every failure becomes a {@link RefreshReport}
 * with an error a person can act on, and the items already stored stay stored.
 * Thread-safe; the scheduler guarantees one refresh per source at a time. However many refreshes
 * run at once, only as many as there are cores parse and clean at a time ({@link CpuSlots}).
 */
public final class SourceRefresher {
    private static final Logger log = LoggerFactory.getLogger(SourceRefresher.class);

    private final FeedFetcher fetcher;
    private final SourceParser parser;
    private final RobotsGate robots;
    private final ItemBuilder builder;
    private final FullTextEnricher fullText;
    private final ItemRepository items;
    private final SourceStateRepository states;
    private final StoryIndex stories;
    private final BackoffPolicy backoff;
    private final WriteTransactions tx;
    private final InstantSource clock;
    private final RefreshListener listener;
    private final UnchangedItems unchanged = new UnchangedItems();
    private final CpuSlots slots = new CpuSlots(CpuSlots.CORES);

    public SourceRefresher(Stages stages, ItemRepository items, SourceStateRepository states, StoryIndex stories,
                           BackoffPolicy backoff, WriteTransactions tx, InstantSource clock,
                           RefreshListener listener) {
        this.fetcher = stages.fetcher();
        this.parser = new SourceParser(stages.parser(), new DateParser());
        this.robots = stages.robots();
        this.builder = new ItemBuilder(stages.cleaner(), stages.titles(), stages.summarizer(), stages.canonical());
        this.fullText = new FullTextEnricher(stages.pages(), stages.extractor(), builder, robots, slots);
        this.items = Objects.requireNonNull(items);
        this.states = Objects.requireNonNull(states);
        this.stories = Objects.requireNonNull(stories);
        this.backoff = Objects.requireNonNull(backoff);
        this.tx = Objects.requireNonNull(tx);
        this.clock = Objects.requireNonNull(clock);
        this.listener = Objects.requireNonNull(listener);
    }

    /** The pipeline stages a refresh calls, built once by the application. */
    public record Stages(FeedFetcher fetcher, FeedParser parser, HtmlCleaner cleaner, TitleCleaner titles,
                         Summarizer summarizer, CanonicalLink canonical, PageFetcher pages,
                         ArticleExtractor extractor, RobotsGate robots) {
        public Stages {
            Objects.requireNonNull(robots);
            Objects.requireNonNull(fetcher);
            Objects.requireNonNull(parser);
            Objects.requireNonNull(cleaner);
            Objects.requireNonNull(titles);
            Objects.requireNonNull(summarizer);
            Objects.requireNonNull(canonical);
            Objects.requireNonNull(pages);
            Objects.requireNonNull(extractor);
        }
    }

    public RefreshReport refresh(Source source) {
        Instant start = clock.instant();
        SourceState state = states.get(source.id());
        RefreshReport report;
        try {
            report = run(source, state, start);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            // A bug, a database failure or input that defeats a library (a StackOverflowError escapes
            // every catch of RuntimeException): the source's failure, never the service's (issue 18, row 6).
            // Only OutOfMemoryError and the JVM's own errors go on: after those nothing is certain.
            String reason = failureReason(e);
            if (e instanceof StackOverflowError) {
                log.error("source {}: refresh failed: {}", source.id(), reason); // its trace is 1,024 frames
            } else {
                log.error("source {}: refresh failed unexpectedly", source.id(), e);
            }
            SourceState failed = Transitions.failed(state, source, null, reason, clock.instant(),
                    backoff.onError(source.interval(), state.failures() + 1).at());
            saveQuietly(failed);
            report = new RefreshReport(source.id(), "failed", null, since(start), failed.lastError());
        }
        listener.onRefresh(source, report);
        return report;
    }

    private RefreshReport run(Source source, SourceState state, Instant start) {
        URI url = Transitions.effectiveUrl(state, source);
        FetchOutcome outcome = robotsRefusal(source, url).<FetchOutcome>map(r -> new FetchOutcome.Failed(null, r))
                .orElseGet(() -> fetcher.fetch(new FetchRequest(url, state.etag(), state.lastModified(),
                source.timeout(), source.maxBytes())));
        Instant now = clock.instant();
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            return store(source, state, fetched, null, start);
        }
        if (outcome instanceof FetchOutcome.Moved moved) {
            log.warn("source {}: moved permanently to {}", source.id(), moved.newUrl());
            return store(source, state, moved.content(), moved.newUrl(), start);
        }
        SourceState next;
        Integer status = null;
        String error = null;
        if (outcome instanceof FetchOutcome.NotModified nm) {
            next = Transitions.notModified(state, source, nm, now, backoff.onNotModified(source.interval(),
                    nm.maxAge()).at());
            status = 304;
            if (nm.movedTo() != null) {
                log.warn("source {}: moved permanently to {}", source.id(), nm.movedTo());
            }
        } else if (outcome instanceof FetchOutcome.Gone gone) {
            status = gone.status();
            error = "gone (HTTP " + gone.status() + "): the publisher removed this feed; source disabled";
            next = Transitions.gone(state, source, now, error);
        } else if (outcome instanceof FetchOutcome.RateLimited limited) {
            status = limited.status();
            error = "rate-limited (HTTP " + limited.status() + "): retry after " + limited.retryAt();
            next = Transitions.rateLimited(state, source, now, limited.status(), error,
                    backoff.onRateLimited(source.interval(), limited.retryAt()).at());
        } else {
            FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
            status = failed.status();
            error = failed.reason();
            next = Transitions.failed(state, source, status, error, now,
                    backoff.onError(source.interval(), state.failures() + 1).at());
        }
        save(next);
        return new RefreshReport(source.id(), outcome.name(), status, since(start), error);
    }

    private RefreshReport store(Source source, SourceState state, FetchOutcome.Fetched fetched, URI movedTo,
                                Instant start) {
        try (CpuSlots.Held cpu = slots.take()) {
            return store(source, state, fetched, movedTo, start, cpu);
        }
    }

    /** Parses, cleans and fingerprints holding {@code cpu}, which it gives back before waiting for the write lock. */
    private RefreshReport store(Source source, SourceState state, FetchOutcome.Fetched fetched, URI movedTo,
                                Instant start, CpuSlots.Held cpu) {
        URI feedUrl = fetched.finalUrl() != null ? fetched.finalUrl() : Transitions.effectiveUrl(state, source);
        ParsedFeed feed;
        try {
            feed = parser.parse(source, fetched.body(), fetched.contentType(), feedUrl,
                    new LinkedPages(fetcher, robots, source, slots));
        } catch (ParseException e) {
            cpu.close();
            Instant now = clock.instant();
            SourceState failed = Transitions.failed(state, source, fetched.status(), e.getMessage(), now,
                    backoff.onError(source.interval(), state.failures() + 1).at());
            save(failed);
            return new RefreshReport(source.id(), "failed", fetched.status(), 0, 0, since(start), e.getMessage(),
                    fetched.body().length, 0);
        }
        Instant now = clock.instant();
        String siteName = source.title() != null ? source.title() : feed.title();
        String language = source.language() != null ? source.language() : feed.language();
        FeedLimits.Limited limited = FeedLimits.apply(feed.items());
        if (limited.cuts() != null) {
            log.warn("source {}: over the limits, cut: {}", source.id(), limited.cuts());
        }
        String context = source + "|" + siteName + "|" + language + "|" + feed.siteUrl() + "|" + feedUrl;
        long[] hashes = limited.items().stream().mapToLong(p -> UnchangedItems.hash(p, context)).toArray();
        IntFunction<ItemBuilder.Draft> full = i -> builder.draft(limited.items().get(i), feedUrl, feed.siteUrl(),
                siteName, language, now);
        List<ItemBuilder.Draft> drafts = IntStream.range(0, hashes.length)
                .mapToObj(i -> unchanged.contains(source.id(), hashes[i]) && canSkip(limited.items().get(i))
                        ? builder.keyOnly(limited.items().get(i), feedUrl, feed.siteUrl()) : full.apply(i))
                .toList();
        Plan plan = plan(source, drafts, full);
        long fullTextDeadline = FullTextEnricher.deadlineFromNow();
        List<Write> fresh = enrich(source, plan.inserts(), siteName, plan.datelessKeys(), true,
                fullTextDeadline, plan.texts());
        Map<Long, Write> changed = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(plan.updates().keySet());
        List<Write> enriched = enrich(source, List.copyOf(plan.updates().values()), siteName, plan.datelessKeys(),
                false, fullTextDeadline, plan.texts());
        Set<Long> keepDates = new HashSet<>(plan.dateless());
        for (int i = 0; i < ids.size(); i++) {
            changed.put(ids.get(i), enriched.get(i));
            if (!enriched.get(i).item().published().equals(plan.updates().get(ids.get(i)).published())) {
                keepDates.remove(ids.get(i)); // the page gave the date the feed lacks
            }
        }
        Instant next = backoff.onSuccess(source.interval(), ttlOf(feed, fetched)).at();
        SourceState done = Transitions.fetched(state, source, fetched, feed, movedTo, now, next);
        cpu.close(); // waits for the write lock, and may write other refreshes' batches, without a slot
        // Group commit: written in a transaction shared with other fetches, isolated by a savepoint,
        // and returned once committed, so the report says what is stored.
        int[] counts = tx.writeInBatch(fresh.size() + changed.size() + 1,
                () -> write(source, fresh, changed, keepDates, done, now));
        unchanged.remember(source.id(), hashes);
        return new RefreshReport(source.id(), movedTo != null ? "moved" : "fetched", fetched.status(),
                counts[0], counts[1], since(start), null, fetched.body().length, counts[2]);
    }

    /**
     * New items and changed items of one fetch, the first occurrence of each key winning; the stored
     * ids and the keys of those whose feed gives no date.
     */
    private record Plan(List<Item> inserts, Map<Long, Item> updates, Set<Long> dateless, Set<String> datelessKeys,
                        Map<Item, String> texts) {
    }

    /**
     * An item to write, with the hash of the item as the feed gave it (before full text) and, for
     * a new item, its story fingerprint — taken here, outside the write lock, since it depends on
     * the text alone; likewise its search index entry.
     */
    private record Write(Item item, String sourceHash, Fingerprint fingerprint, ItemIndex.Entry indexEntry) {
    }

    /** Items keyed by title (no guid, no link) need their clean title to be keyed: never skipped. */
    private static boolean canSkip(ParsedItem p) {
        return p.guid() != null && !p.guid().isBlank() || p.link() != null && !p.link().isBlank();
    }

    /** @param full builds the whole draft of item i, for a skipped one that turns out not to be stored */
    private Plan plan(Source source, List<ItemBuilder.Draft> drafts, IntFunction<ItemBuilder.Draft> full) {
        Set<String> guidKeys = new HashSet<>();
        Set<String> links = new HashSet<>();
        for (ItemBuilder.Draft d : drafts) {
            if (d.parsed().guid() != null && !d.parsed().guid().isBlank()) {
                guidKeys.add(ItemKeys.ofGuid(d.parsed().guid()));
            }
            if (d.canonicalLink() != null) {
                links.add(d.canonicalLink());
                guidKeys.add(ItemKeys.ofLink(d.canonicalLink()));
            }
        }
        Map<String, ItemRepository.Existing> existing = items.findExisting(source.id(), guidKeys);
        Map<String, String> byLink = items.keysByCanonicalLink(source.id(), links);
        List<String> keys = ItemKeys.choose(drafts, ItemKeys.guidsUsable(drafts), existing.keySet(), byLink);
        Map<String, ItemRepository.Existing> known = new LinkedHashMap<>(existing);
        known.putAll(items.findExisting(source.id(), byLink.values()));
        List<Item> inserts = new ArrayList<>();
        Map<Long, Item> updates = new LinkedHashMap<>();
        Set<Long> dateless = new HashSet<>();
        Set<String> datelessKeys = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Map<Item, String> texts = new java.util.IdentityHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String key = keys.get(i);
            if (!seen.add(key)) {
                continue;
            }
            ItemRepository.Existing stored = known.get(key);
            if (drafts.get(i).content() == null && stored != null) {
                continue; // stored and unchanged since the last refresh: not cleaned again
            }
            ItemBuilder.Draft draft = drafts.get(i).content() == null ? full.apply(i) : drafts.get(i);
            Item item = draft.toItem(source.id(), key);
            texts.put(item, draft.content().text());
            if (!draft.datedByFeed()) {
                datelessKeys.add(key);
            }
            if (stored == null) {
                inserts.add(item);
            } else if (!stored.contentHash().equals(ItemRepository.contentHash(item))) {
                updates.put(stored.id(), item);
                if (!draft.datedByFeed()) {
                    dateless.add(stored.id());
                }
            }
        }
        return new Plan(inserts, updates, dateless, datelessKeys, texts);
    }

    /**
     * Full text where the source asks for it; the feed's own hash is kept for change detection. The
     * index entry takes the cleaner's text of the item's content ({@code texts}) while the content is
     * still the feed's; a page's content is rendered again from its HTML.
     */
    private List<Write> enrich(Source source, List<Item> feedItems, String siteName, Set<String> datelessKeys,
                               boolean fingerprint, long fullTextDeadline, Map<Item, String> texts) {
        List<Item> enriched = fullText.enrich(source, feedItems, siteName, datelessKeys, fullTextDeadline);
        List<Write> writes = new ArrayList<>(feedItems.size());
        for (int i = 0; i < feedItems.size(); i++) {
            Item item = enriched.get(i);
            Item feedItem = feedItems.get(i);
            String text = item.contentHtml().equals(feedItem.contentHtml()) ? texts.get(feedItem) : null;
            writes.add(new Write(item, ItemRepository.contentHash(feedItem),
                    fingerprint ? stories.fingerprint(item.title(), item.summary()) : null,
                    items.indexEntry(item, text)));
        }
        return writes;
    }

    private int[] write(Source source, List<Write> inserts, Map<Long, Write> updates, Set<Long> dateless,
                        SourceState done, Instant now) {
        // Oldest first, so a story's first report is the one published first.
        List<Write> ordered = inserts.stream()
                .sorted((a, b) -> a.item().published().compareTo(b.item().published())).toList();
        int inserted = 0;
        int merged = 0;
        for (Write write : ordered) {
            Item item = write.item();
            Optional<StoryRef> story = stories.store(
                    new Report(source.id(), item.itemKey(), item.canonicalLink(), item.published()),
                    write.fingerprint(), (storyId, signature, version) -> items.insert(item, write.sourceHash(), now,
                            new ItemRepository.StoryColumns(storyId, signature, version), write.indexEntry()));
            if (story.isEmpty()) {
                continue; // another refresh of this source (e.g. `rawafid fetch` beside `serve`) stored it first
            }
            inserted++;
            if (!story.get().created()) {
                merged++;
            }
        }
        updates.forEach((id, w) -> {
            items.update(id, w.item(), w.sourceHash(), dateless.contains(id), w.indexEntry());
            stories.forget(id);
        });
        states.save(done);
        return new int[]{inserted, updates.size(), merged};
    }

    /** Pages of scraping sources (sitemap, html, telegram) are fetched only where robots.txt allows. */
    private Optional<String> robotsRefusal(Source source, URI url) {
        return source.type() == Source.Type.FEED ? Optional.empty() : robots.refusal(url, source.timeout());
    }

    private static Duration ttlOf(ParsedFeed feed, FetchOutcome.Fetched fetched) {
        Duration a = feed.ttl();
        Duration b = fetched.maxAge();
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) > 0 ? a : b;
    }

    /** One line naming what went wrong, for {@code last_error}, the front page and the fetch table. */
    static String failureReason(Throwable e) {
        String what = e instanceof StackOverflowError
                ? "input nested too deeply to process (stack overflow)" : String.valueOf(e);
        StringBuilder line = new StringBuilder("internal error: ");
        for (int i = 0; i < what.length() && line.length() < 500; i++) {
            char c = what.charAt(i);
            line.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return line.toString();
    }

    /** A state alone (304, failure): batched with other fetches' writes like a fetch's items. */
    private void save(SourceState state) {
        tx.writeInBatch(1, () -> {
            states.save(state);
            return null;
        });
    }

    private void saveQuietly(SourceState state) {
        try {
            save(state);
        } catch (RuntimeException e) {
            log.error("source {}: cannot record failure", state.sourceId(), e);
        }
    }

    private Duration since(Instant start) {
        return Duration.between(start, clock.instant());
    }
}
