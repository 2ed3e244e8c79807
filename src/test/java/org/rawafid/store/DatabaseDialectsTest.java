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
    private static final List<String> TABLES = List.of("source_state", "story", "item", "word_df");

    @TempDir
    Path dir;

    @Test
    void theNewestVersionThatSkipsFlywayAtStartIsTheNewestMigrationFile() throws Exception {
        for (Database.Dialect dialect : Database.Dialect.values()) {
            String own = dialect == Database.Dialect.SQLITE ? "sqlite" : "postgresql";
            int newest = 0;
            for (String folder : List.of("common", own)) {
                Path path = Path.of(getClass().getClassLoader().getResource("db/migration/" + folder).toURI());
                try (var files = java.nio.file.Files.list(path)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        var m = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                        if (m.matches()) {
                            newest = Math.max(newest, Integer.parseInt(m.group(1)));
                        }
                    }
                }
            }
            assertThat(Database.LATEST.get(dialect)).as(dialect.name()).isEqualTo(Integer.toString(newest));
        }
    }

    @Test
    void aDatabaseAtAnOlderVersionIsMigratedOnOpen() {
        Path file = dir.resolve("old.db");
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("1").load().migrate();

        try (Database db = Database.open(file)) {
            assertThat(db.jdbc().sql("SELECT count(*) FROM item WHERE story_signature IS NOT NULL").query(Long.class)
                    .single()).isZero();
            // The last one applied: versions are text, and "9" sorts after "10".
            assertThat(db.jdbc().sql("SELECT version FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")
                    .query(String.class).single())
                    .isEqualTo(Database.LATEST.get(Database.Dialect.SQLITE));
        }
    }

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
