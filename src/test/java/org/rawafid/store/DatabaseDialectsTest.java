package org.rawafid.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQLite and PostgreSQL variants of the schema (migration folders {@code sqlite/} and
 * {@code postgresql/}, plus {@code common/}) give the application the same tables with the
 * same columns, so one set of repository SQL serves both.
 */
class DatabaseDialectsTest {
    private static final List<String> TABLES = List.of("source_state", "story", "item", "story_band");

    @TempDir
    Path dir;

    @Test
    void bothDialectsHaveTheSameTablesAndColumns() {
        Map<String, List<String>> sqlite = new TreeMap<>();
        Map<String, List<String>> postgres = new TreeMap<>();
        try (Database lite = Database.open(dir.resolve("d.db")); Database pg = Database.open(TestPostgres.newDatabaseUrl())) {
            for (String table : TABLES) {
                sqlite.put(table, lite.jdbc().sql("SELECT name FROM pragma_table_info(?) ORDER BY cid").param(table)
                        .query(String.class).list());
                postgres.put(table, pg.jdbc().sql("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position").param(table)
                        .query(String.class).list());
            }
        }

        assertThat(sqlite.values()).allSatisfy(columns -> assertThat(columns).isNotEmpty());
        assertThat(postgres).isEqualTo(sqlite);
    }
}
