package org.rawafid.publish;

import org.rawafid.config.Config;
import org.rawafid.config.Feed;
import org.rawafid.config.Source;
import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.dedupe.PhraseFilter;
import org.rawafid.dedupe.StoryIndex;
import org.rawafid.model.Item;
import org.rawafid.model.SourceState;
import org.rawafid.model.StoredItem;
import org.rawafid.search.Query;
import org.rawafid.search.QueryParser;
import org.rawafid.search.QueryRunner;
import org.rawafid.store.EntryQuery;
import org.rawafid.store.SourceStateRepository;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds one page of a merged feed from the store: the feed's sources (by id and tag),
 * newest first, {@code maxAge} and {@code limit} honoured, {@code include}/{@code exclude}
 * applied, and — with {@code dedupe: story} — one entry per story crediting the other outlets and
 * linking the story's page. A feed with {@code rank: coverage} lists stories by how many outlets
 * carried them within its window instead (see {@link TopStories}).
 */
public final class FeedAssembler {
    private final EntryQuery query;
    private final SourceStateRepository states;
    private final ArabicNormalizer normalizer;
    private final InstantSource clock;
    private final QueryParser parser;
    private final QueryRunner runner;
    private final TopStories topStories;

    /** Without search: a feed with {@code query:} then fails to assemble (tests of plain feeds). */
    public FeedAssembler(EntryQuery query, SourceStateRepository states, ArabicNormalizer normalizer,
                         InstantSource clock) {
        this(query, states, normalizer, clock, new QueryParser(normalizer), null);
    }

    /** With search, for feeds with {@code query:} (SPEC §4a) and {@link #search}. */
    public FeedAssembler(EntryQuery query, SourceStateRepository states, ArabicNormalizer normalizer,
                         InstantSource clock, QueryParser parser, QueryRunner runner) {
        this.query = Objects.requireNonNull(query);
        this.states = Objects.requireNonNull(states);
        this.normalizer = Objects.requireNonNull(normalizer);
        this.clock = Objects.requireNonNull(clock);
        this.parser = Objects.requireNonNull(parser);
        this.runner = runner;
        this.topStories = new TopStories(query);
    }

    /**
     * One page of hits of a search ({@code /search}, SPEC §4a) as a feed: one entry per story,
     * newest first, other reports credited. Throws {@link org.rawafid.search.QuerySyntaxException}
     * for a bad query, bad {@code since} or unknown {@code feed}.
     */
    public SearchResult search(Config config, SearchRequest request, Cursor before) {
        Query parsed = parser.parse(request.q());
        List<String> sourceIds = config.sources().stream().map(Source::id).toList();
        if (request.feed() != null) {
            Feed within = config.feed(request.feed()).orElseThrow(() ->
                    new org.rawafid.search.QuerySyntaxException("feed: no feed with id \"" + request.feed() + "\""));
            sourceIds = config.sourcesOf(within).stream().map(Source::id).toList();
        }
        Feed feed = new Feed("search", "بحث: " + parsed.text(), "نتائج البحث في روافد", sourceIds, List.of(),
                List.of(), List.of(), Feed.Dedupe.STORY, request.limit(), request.since(), parsed.text(),
                Feed.Rank.RECENT, Feed.DEFAULT_WINDOW);
        return new SearchResult(page(config, feed, before, parsed).asSearch(request.parameters()), parsed);
    }

    /** One page of {@code feed}: see {@link #page(Config, Feed, Cursor, Query)}. */
    public FeedView page(Config config, Feed feed, Cursor before) {
        return page(config, feed, before, feed.query() == null ? null : parser.parse(feed.query()));
    }

    /**
     * One page of {@code feed}; with a {@code search}, only its hits among the feed's sources.
     *
     * @param before the cursor of the page to show, or null for the first page
     */
    private FeedView page(Config config, Feed feed, Cursor before, Query search) {
        if (search != null && runner == null) {
            throw new IllegalStateException("feed " + feed.id() + " has a query but search is not wired");
        }
        Map<String, Outlet> outlets = outlets(config, config.sourcesOf(feed));
        List<String> sourceIds = List.copyOf(outlets.keySet());
        boolean byStory = feed.dedupe() == Feed.Dedupe.STORY;
        PhraseFilter filter = new PhraseFilter(feed.include(), feed.exclude(), normalizer);
        Instant notBefore = feed.maxAge() == null ? null : clock.instant().minus(feed.maxAge());
        if (feed.rank() == Feed.Rank.COVERAGE) {
            return byCoverage(config, feed, before, outlets, filter, notBefore);
        }

        List<StoredItem> chosen = new ArrayList<>();
        Instant beforeTime = before == null ? null : before.published();
        long beforeId = before == null ? 0 : before.storyId();
        boolean more = false;
        // Keyword filters run on the text, so read in batches until the page is full.
        while (true) {
            int batch = Math.max(feed.limit() + 1, 50);
            List<StoredItem> rows = search != null
                    ? runner.hits(new QueryRunner.Page(search, sourceIds, notBefore, beforeTime, beforeId, batch, byStory))
                    : query.entries(new EntryQuery.Page(sourceIds, notBefore, beforeTime, beforeId, batch, byStory));
            for (StoredItem row : rows) {
                if (filter.accepts(row.item().title(), row.item().summary())) {
                    if (chosen.size() == feed.limit()) {
                        more = true;
                        break;
                    }
                    chosen.add(row);
                }
            }
            if (more || rows.size() < batch) {
                break;
            }
            StoredItem last = rows.get(rows.size() - 1);
            beforeTime = last.item().published();
            beforeId = last.id();
        }
        Map<Long, List<StoredItem>> members = byStory
                ? query.storyMembers(chosen.stream().map(StoredItem::storyId).toList(), sourceIds) : Map.of();
        String base = config.service().base();
        List<EntryView> entries = chosen.stream()
                .map(row -> entry(row, members.get(row.storyId()), outlets, base, 0)).toList();
        String next = more ? new Cursor(chosen.get(chosen.size() - 1).item().published(),
                chosen.get(chosen.size() - 1).id()).encode() : null;
        return view(config, feed, before, next, entries, sourceIds);
    }

    /** A page of a feed ranked by coverage; {@code maxAge}, when shorter, narrows the window. */
    private FeedView byCoverage(Config config, Feed feed, Cursor before, Map<String, Outlet> outlets,
                                PhraseFilter filter, Instant notBefore) {
        Instant since = clock.instant().minus(feed.window());
        if (notBefore != null && notBefore.isAfter(since)) {
            since = notBefore;
        }
        List<String> sourceIds = List.copyOf(outlets.keySet());
        TopStories.Page page = topStories.choose(sourceIds, since, before, feed.limit(), filter);
        String base = config.service().base();
        List<EntryView> entries = page.stories().stream().map(s -> entry(s.reports().get(0), s.reports(), outlets,
                base, s.rank().outlets())).toList();
        String next = page.more() ? page.stories().get(page.stories().size() - 1).cursor().encode() : null;
        return view(config, feed, before, next, entries, sourceIds);
    }

    private FeedView view(Config config, Feed feed, Cursor before, String next, List<EntryView> entries,
                          List<String> sourceIds) {
        Instant updated = entries.stream().map(EntryView::updated).max(Instant::compareTo)
                .orElseGet(() -> Objects.requireNonNullElse(query.lastUpdate(sourceIds), Instant.EPOCH));
        return new FeedView(feed.id(), feed.title(), feed.description(), "ar", config.service().base(), updated,
                config.service().hub() == null ? null : config.service().hub().toString(),
                before == null ? null : before.encode(), next, entries);
    }

    private static EntryView entry(StoredItem row, List<StoredItem> story, Map<String, Outlet> outlets,
                                   String baseUrl, int outletCount) {
        Item item = row.item();
        Outlet outlet = outlets.get(item.sourceId());
        List<AlsoReport> also = new ArrayList<>();
        Instant updated = item.updated();
        String id = entryId(row, story != null);
        if (story != null) {
            for (StoredItem other : story) {
                if (other.item().updated().isAfter(updated)) {
                    updated = other.item().updated();
                }
                if (!other.item().sourceId().equals(item.sourceId()) && other.item().link() != null) {
                    also.add(new AlsoReport(outlets.get(other.item().sourceId()), other.item().title(),
                            other.item().link()));
                }
            }
        }
        String webLink = InertText.webUrl(item.link());
        String link = webLink != null ? webLink : outlet.homeUrl(); // a javascript: link falls back to the outlet
        // Every merged entry links the page that compares its reports (SPEC §8a).
        String storyUrl = story != null && story.size() > 1 && row.storyGuid() != null
                ? StoryKey.pageUrl(baseUrl, row.storyGuid(), Format.HTML) : null;
        return new EntryView(id, item.title(), link, item.summary(), item.contentHtml(), item.published(), updated,
                item.author(), item.categories(), item.imageUrl(), outlet, also, storyUrl, outletCount);
    }

    /**
     * The entry's permanent id. By story: the story's guid, minted once from its first report.
     * Per item: the same formula on the item itself, so a story's first report has one id in both modes.
     */
    private static String entryId(StoredItem row, boolean byStory) {
        if (byStory && row.storyGuid() != null) {
            return row.storyGuid();
        }
        return StoryIndex.guidFor(row.item().sourceId(), row.item().itemKey());
    }

    /** Each source as an outlet: its configured title, else the feed's own, else its id. */
    public Map<String, Outlet> outlets(Config config, List<Source> sources) {
        Map<String, SourceState> byId = states.findAll().stream()
                .collect(Collectors.toMap(SourceState::sourceId, Function.identity()));
        Map<String, Outlet> outlets = new LinkedHashMap<>();
        for (Source s : sources) {
            SourceState st = byId.getOrDefault(s.id(), SourceState.fresh(s.id()));
            String title = s.title() != null ? s.title() : st.feedTitle() != null ? st.feedTitle() : s.id();
            outlets.put(s.id(), new Outlet(s.id(), title, st.siteUrl(), s.url().toString()));
        }
        return outlets;
    }
}
