package org.rawafid.store;

import org.rawafid.model.SourceState;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Owns the SQL of table {@code source_state}: per-source validators, schedule and health. Thread-safe. */
public final class SourceStateRepository {
    private static final String COLUMNS = "source_id, url, configured_url, etag, last_modified, feed_title, site_url,"
            + " language, last_fetch_at, last_success_at, outcome, http_status, last_error, failures, next_fetch_at,"
            + " declared_charset, used_charset, disabled_reason";

    private final JdbcClient jdbc;

    public SourceStateRepository(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    public Optional<SourceState> find(String sourceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_state WHERE source_id = ?")
                .param(sourceId).query((rs, n) -> map(rs)).optional();
    }

    /** The stored state, or a fresh one for a source never fetched. */
    public SourceState get(String sourceId) {
        return find(sourceId).orElseGet(() -> SourceState.fresh(sourceId));
    }

    public List<SourceState> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_state ORDER BY source_id").query((rs, n) -> map(rs)).list();
    }

    public void save(SourceState s) {
        jdbc.sql("INSERT INTO source_state (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT (source_id) DO UPDATE SET url = excluded.url,"
                        + " configured_url = excluded.configured_url, etag = excluded.etag,"
                        + " last_modified = excluded.last_modified, feed_title = excluded.feed_title,"
                        + " site_url = excluded.site_url, language = excluded.language,"
                        + " last_fetch_at = excluded.last_fetch_at, last_success_at = excluded.last_success_at,"
                        + " outcome = excluded.outcome, http_status = excluded.http_status,"
                        + " last_error = excluded.last_error, failures = excluded.failures,"
                        + " next_fetch_at = excluded.next_fetch_at, declared_charset = excluded.declared_charset,"
                        + " used_charset = excluded.used_charset, disabled_reason = excluded.disabled_reason")
                .params(s.sourceId(), s.url(), s.configuredUrl(), s.etag(), s.lastModified(), s.feedTitle(),
                        s.siteUrl(), s.language(), millis(s.lastFetchAt()), millis(s.lastSuccessAt()), s.outcome(),
                        s.httpStatus(), s.lastError(), s.failures(), millis(s.nextFetchAt()), s.declaredCharset(),
                        s.usedCharset(), s.disabledReason())
                .update();
    }

    private static SourceState map(ResultSet rs) throws SQLException {
        return new SourceState(rs.getString("source_id"), rs.getString("url"), rs.getString("configured_url"),
                rs.getString("etag"), rs.getString("last_modified"), rs.getString("feed_title"),
                rs.getString("site_url"), rs.getString("language"), instant(rs, "last_fetch_at"),
                instant(rs, "last_success_at"), rs.getString("outcome"), integer(rs, "http_status"), rs.getString("last_error"), rs.getInt("failures"),
                instant(rs, "next_fetch_at"), rs.getString("declared_charset"), rs.getString("used_charset"),
                rs.getString("disabled_reason"));
    }

    static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
