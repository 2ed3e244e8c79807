package org.rawafid.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rawafid.dedupe.ArabicNormalizer;
import org.rawafid.search.QueryParser;
import org.rawafid.search.QuerySyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the {@code feeds:} list and checks each feed against the sources that exist. */
final class FeedReader {
    private final ErrorList errors;
    private final Set<String> sourceIds;
    /** The search's own parser, so a query that loads is one that runs (SPEC §4a). */
    private final QueryParser queries = new QueryParser(new ArabicNormalizer());

    FeedReader(ErrorList errors, Set<String> sourceIds) {
        this.errors = errors;
        this.sourceIds = sourceIds;
    }

    List<Feed> readAll(Node node) {
        List<Feed> feeds = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Node> items = YamlNodes.items(node, "feeds", errors);
        for (int i = 0; i < items.size(); i++) {
            YamlMap m = YamlMap.open(items.get(i), "feeds[" + i + "]", errors, KnownKeys.FEED);
            read(m).ifPresent(f -> {
                int line = m.node("id").map(n -> n.getStartMark().getLine() + 1).orElse(0);
                Integer previous = firstLine.putIfAbsent(f.id(), line);
                if (previous == null) {
                    feeds.add(f);
                } else {
                    m.valid(false, "id", "duplicate feed id \"" + f.id() + "\" (first used at line " + previous + ")");
                }
            });
        }
        return feeds;
    }

    private Optional<Feed> read(YamlMap m) {
        Optional<String> id = m.require("id") ? Ids.read(m, "id") : Optional.empty();
        Optional<String> title = m.require("title") ? m.nonBlank("title") : Optional.empty();
        List<String> sources = m.strings("sources");
        checkSourcesExist(m, sources);
        List<String> tags = m.strings("tags");
        Optional<String> query = m.nonBlank("query");
        query.ifPresent(q -> checkQuery(m, q));
        if (query.isPresent() && m.string("rank").filter("coverage"::equals).isPresent()) {
            // Ranking by coverage does not apply a saved search yet: say so rather than ignore the query.
            m.fail("rank", "coverage cannot be combined with query: yet (drop one of them)");
        }
        if (isEmptyList(m, "sources") && isEmptyList(m, "tags") && query.isEmpty()) {
            m.reject("selects no source (list source ids in sources:, tags in tags:, or give a query:)");
        }
        Feed feed = new Feed(id.orElse("invalid"), title.orElse(""), m.string("description").orElse(""),
                sources, tags, m.strings("include"), m.strings("exclude"), dedupe(m).orElse(Feed.Dedupe.STORY),
                m.integer("limit", 1, 1000).map(Long::intValue).orElse(50),
                m.duration("maxAge", Duration.ofMinutes(1), Duration.ofDays(36500)).orElse(null),
                query.orElse(null), rank(m).orElse(Feed.Rank.RECENT),
                m.duration("window", Duration.ofMinutes(1), Duration.ofDays(365)).orElse(Feed.DEFAULT_WINDOW));
        return id.isPresent() && title.isPresent() ? Optional.of(feed) : Optional.empty();
    }

    private void checkQuery(YamlMap m, String q) {
        try {
            queries.parse(q);
        } catch (QuerySyntaxException e) {
            m.fail("query", Durations.quote(q) + " is not a valid search: " + e.getMessage());
        }
    }

    private void checkSourcesExist(YamlMap m, List<String> sources) {
        SequenceNode list = (SequenceNode) m.node("sources").filter(SequenceNode.class::isInstance).orElse(null);
        for (int i = 0; list != null && i < list.getValue().size(); i++) {
            String wanted = list.getValue().get(i) instanceof ScalarNode s ? s.getValue() : null;
            if (wanted != null && sources.contains(wanted) && !sourceIds.contains(wanted)) {
                errors.add(list.getValue().get(i), m.child("sources") + "[" + i + "]", "unknown source \""
                        + wanted + "\"" + KeySuggester.nearest(wanted, sourceIds)
                        .map(k -> " (did you mean \"" + k + "\"?)").orElse(""));
            }
        }
    }

    private static Optional<Feed.Dedupe> dedupe(YamlMap m) {
        return m.string("dedupe").flatMap(s -> switch (s) {
            case "story", "exact" -> Optional.of(Feed.Dedupe.valueOf(s.toUpperCase(Locale.ROOT)));
            default -> m.fail("dedupe", Durations.quote(s) + " is not a dedupe mode (use story or exact)");
        });
    }

    private static Optional<Feed.Rank> rank(YamlMap m) {
        return m.string("rank").flatMap(s -> switch (s) {
            case "recent", "coverage" -> Optional.of(Feed.Rank.valueOf(s.toUpperCase(Locale.ROOT)));
            default -> m.fail("rank", Durations.quote(s) + " is not a ranking (use recent or coverage)");
        });
    }

    private static boolean isEmptyList(YamlMap m, String key) {
        return m.node(key).map(n -> n instanceof SequenceNode seq && seq.getValue().isEmpty()).orElse(true);
    }
}
