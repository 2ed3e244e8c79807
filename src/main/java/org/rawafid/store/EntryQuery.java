package org.rawafid.store;

import org.rawafid.model.StoredItem;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the entries of a merged feed, newest first, one page at a time.
 *
 * <p>By story, an entry is the first report of each story among the feed's sources;
 * an item with no story yet stands alone. Paging is keyset paging on
 * {@code (published_at, id)}, so a cursor stays valid however many items arrive.
 */
public final class EntryQuery {
    private final JdbcClient jdbc;

    public EntryQuery(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /**
     * A page of a feed.
     *
     * @param notBefore     oldest publication time to include, or null
     * @param beforeTime    keyset cursor: only entries strictly older than (beforeTime, beforeId); null for page one
     */
    public record Page(Collection<String> sourceIds, Instant notBefore, Instant beforeTime, long beforeId, int limit,
                       boolean byStory) {
        public Page {
            sourceIds = List.copyOf(sourceIds);
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive: " + limit);
            }
        }
    }

    public List<StoredItem> entries(Page page) {
        if (page.sourceIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(ItemRepository.COLUMNS).append(ItemRepository.FROM)
                .append(" WHERE i.source_id IN (:sources) AND i.published_at >= :notBefore");
        if (page.beforeTime() != null) {
            sql.append(" AND (i.published_at < :beforeTime OR (i.published_at = :beforeTime AND i.id < :beforeId))");
        }
        if (page.byStory()) {
            // The first report among this feed's sources stands for the story.
            sql.append(" AND NOT EXISTS (SELECT 1 FROM item j WHERE j.story_id = i.story_id")
                    .append(" AND j.source_id IN (:sources) AND (j.published_at < i.published_at")
                    .append(" OR (j.published_at = i.published_at AND j.id < i.id)))");
        }
        sql.append(" ORDER BY i.published_at DESC, i.id DESC LIMIT :limit");
        var spec = jdbc.sql(sql.toString())
                .param("sources", page.sourceIds())
                .param("notBefore", page.notBefore() == null ? Long.MIN_VALUE : page.notBefore().toEpochMilli())
                .param("limit", page.limit());
        if (page.beforeTime() != null) {
            spec = spec.param("beforeTime", page.beforeTime().toEpochMilli()).param("beforeId", page.beforeId());
        }
        return spec.query((rs, n) -> ItemRepository.map(rs)).list();
    }

    /** Every item of the given stories from the given sources, oldest first, by story id. */
    public Map<Long, List<StoredItem>> storyMembers(Collection<Long> storyIds, Collection<String> sourceIds) {
        Map<Long, List<StoredItem>> members = new LinkedHashMap<>();
        List<Long> ids = storyIds.stream().filter(id -> id > 0).distinct().toList();
        if (ids.isEmpty() || sourceIds.isEmpty()) {
            return members;
        }
        jdbc.sql("SELECT " + ItemRepository.COLUMNS + ItemRepository.FROM
                        + " WHERE i.story_id IN (:stories) AND i.source_id IN (:sources)"
                        + " ORDER BY i.published_at, i.id")
                .param("stories", ids).param("sources", List.copyOf(sourceIds))
                .query((rs, n) -> ItemRepository.map(rs)).list()
                .forEach(it -> members.computeIfAbsent(it.storyId(), k -> new ArrayList<>()).add(it));
        return members;
    }

    /** Every item of the story whose guid is {@code storyGuid}, oldest first; empty when there is none. */
    public List<StoredItem> storyReports(String storyGuid) {
        return jdbc.sql("SELECT " + ItemRepository.COLUMNS + ItemRepository.FROM
                        + " WHERE i.story_id = (SELECT id FROM story WHERE guid = :guid) ORDER BY i.published_at, i.id")
                .param("guid", storyGuid).query((rs, n) -> ItemRepository.map(rs)).list();
    }

    /**
     * A story ranked by coverage: how many distinct sources reported it since the window began,
     * and its newest report in that window.
     */
    public record Ranked(long storyId, int outlets, Instant newest) {
    }

    /**
     * A page of stories by coverage (SPEC §8a).
     *
     * @param since  reports older than this do not count
     * @param before keyset cursor: only stories ranked strictly after it; null for page one
     */
    public record CoveragePage(Collection<String> sourceIds, Instant since, Ranked before, int limit) {
        public CoveragePage {
            sourceIds = List.copyOf(sourceIds);
            Objects.requireNonNull(since, "since");
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be positive: " + limit);
            }
        }
    }

    /**
     * Stories with at least one report from the given sources since {@code page.since()}, most
     * distinct sources first, then the newest report, then the newest story; keyset paging on that
     * order. Plain SQL that SQLite and PostgreSQL both run.
     */
    public List<Ranked> topStories(CoveragePage page) {
        if (page.sourceIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT story_id, outlets, newest FROM (SELECT story_id,")
                .append(" count(DISTINCT source_id) AS outlets, max(published_at) AS newest FROM item")
                .append(" WHERE source_id IN (:sources) AND published_at >= :since AND story_id IS NOT NULL")
                .append(" GROUP BY story_id) ranked");
        if (page.before() != null) {
            sql.append(" WHERE outlets < :outlets OR (outlets = :outlets AND (newest < :newest")
                    .append(" OR (newest = :newest AND story_id < :story)))");
        }
        sql.append(" ORDER BY outlets DESC, newest DESC, story_id DESC LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("sources", page.sourceIds())
                .param("since", page.since().toEpochMilli()).param("limit", page.limit());
        if (page.before() != null) {
            spec = spec.param("outlets", page.before().outlets())
                    .param("newest", page.before().newest().toEpochMilli())
                    .param("story", page.before().storyId());
        }
        return spec.query((rs, n) -> new Ranked(rs.getLong(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3))))
                .list();
    }

    /** How many entries a feed has (before keyword filters): items, or distinct stories. */
    public long count(Collection<String> sourceIds, Instant notBefore, boolean byStory) {
        if (sourceIds.isEmpty()) {
            return 0;
        }
        String what = byStory ? "count(DISTINCT COALESCE(story_id, -id))" : "count(*)";
        return jdbc.sql("SELECT " + what + " FROM item WHERE source_id IN (:sources) AND published_at >= :notBefore")
                .param("sources", List.copyOf(sourceIds))
                .param("notBefore", notBefore == null ? Long.MIN_VALUE : notBefore.toEpochMilli())
                .query(Long.class).single();
    }

    /** The newest update time among a feed's items, for Last-Modified; null when it has none. */
    public Instant lastUpdate(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return null;
        }
        Long v = jdbc.sql("SELECT max(updated_at) FROM item WHERE source_id IN (:sources)")
                .param("sources", List.copyOf(sourceIds)).query(Long.class).optional().orElse(null);
        return v == null ? null : Instant.ofEpochMilli(v);
    }
}
