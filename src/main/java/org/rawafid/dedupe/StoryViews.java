package org.rawafid.dedupe;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads stories carried by several outlets, with each report's score against the first one. */
final class StoryViews {
    private final JdbcClient jdbc;
    private final Fingerprinter fingerprinter;
    private final StoryMatcher matcher;

    StoryViews(JdbcClient jdbc, Fingerprinter fingerprinter, StoryMatcher matcher) {
        this.jdbc = jdbc;
        this.fingerprinter = fingerprinter;
        this.matcher = matcher;
    }

    /**
     * Stories updated at or after {@code since} with items from at least two of
     * {@code sourceIds} (empty: any sources), newest first; only those sources' items are listed.
     */
    List<StoryView> multiOutlet(Instant since, Collection<String> sourceIds) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(sourceIds, "sourceIds");
        String sourceFilter = sourceIds.isEmpty() ? "" : " AND i.source_id IN (:sources)";
        String sql = """
                SELECT s.id, s.guid, s.first_item_id, s.updated_at, i.id, i.source_id, i.title, i.summary,
                       COALESCE(i.link, i.canonical_link), i.published_at
                FROM story s JOIN item i ON i.story_id = s.id
                WHERE s.updated_at >= :since %s
                  AND s.id IN (SELECT i2.story_id FROM item i2 WHERE i2.story_id IS NOT NULL %s
                               GROUP BY i2.story_id HAVING COUNT(DISTINCT i2.source_id) >= 2)
                ORDER BY s.updated_at DESC, s.id DESC, i.published_at, i.id"""
                .formatted(sourceFilter, sourceFilter.replace("i.", "i2."));
        var query = jdbc.sql(sql)
                .param("since", since.toEpochMilli());
        if (!sourceIds.isEmpty()) {
            query = query.param("sources", List.copyOf(sourceIds));
        }
        Map<Long, List<Row>> rows = new LinkedHashMap<>();
        query.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6), new Text(rs.getString(7), rs.getString(8)), rs.getString(9), rs.getLong(10)))
                .list()
                .forEach(row -> rows.computeIfAbsent(row.storyId(), id -> new ArrayList<>()).add(row));
        return rows.values().stream().map(this::view).toList();
    }

    private StoryView view(List<Row> rows) {
        Row head = rows.get(0);
        Row first = rows.stream().filter(r -> r.itemId() == head.firstItemId()).findFirst().orElse(head);
        Fingerprint firstPrint = fingerprinter.comparable(first.text());
        List<StoryView.Item> items = new ArrayList<>();
        items.add(item(first, 1.0));
        for (Row row : rows) {
            if (row != first) {
                items.add(item(row, matcher.compare(firstPrint, fingerprinter.comparable(row.text())).score()));
            }
        }
        return new StoryView(head.storyId(), head.guid(), head.firstItemId(), Instant.ofEpochMilli(head.updatedAt()),
                items);
    }

    private static StoryView.Item item(Row row, double score) {
        return new StoryView.Item(row.itemId(), row.sourceId(), row.text().title(), row.link(),
                Instant.ofEpochMilli(row.published()), score);
    }

    private record Row(long storyId, String guid, long firstItemId, long updatedAt, long itemId, String sourceId,
                       Text text, String link, long published) {
    }
}
