package org.rawafid.store;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is PostgreSQL's own: the pool, credentials, its migrations, errors that say what is wrong. */
class DatabaseOnPostgresTest {
    @Test
    void migratesToTheSameTablesWithIdentityIdsPlusQuartzAndTheChangeCounter() {
        try (Database db = Database.open(TestPostgres.newDatabaseUrl())) {
            var jdbc = db.jdbc();
            long first = jdbc.sql("INSERT INTO story (guid, first_item_id, created_at, updated_at) VALUES ('g1', 1, 0, 0)"
                    + " RETURNING id").query(Long.class).single();
            long second = jdbc.sql("INSERT INTO story (guid, first_item_id, created_at, updated_at) VALUES ('g2', 1, 0, 0)"
                    + " RETURNING id").query(Long.class).single();
            ChangeCounter counter = new ChangeCounter(db);
            long before = counter.current();
            jdbc.sql("UPDATE story SET updated_at = 1").update();

            assertThat(db.dialect()).isEqualTo(Database.Dialect.POSTGRESQL);
            assertThat(db.file()).isNull();
            assertThat(second).isEqualTo(first + 1);
            assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name IN"
                    + " ('item', 'story', 'source_state', 'word_df', 'qrtz_triggers', 'qrtz_locks')")
                    .query(Long.class).single()).isEqualTo(6);
            assertThat(counter.current()).isEqualTo(before + 1);
            assertThat(counter.moved()).isPresent();
            assertThat(counter.moved()).isEmpty();
            assertThat(db.writable()).isTrue();
            assertThat(jdbc.sql("SHOW idle_in_transaction_session_timeout").query(String.class).single()).isEqualTo("1min");
            assertThat(db.sizeBytes()).isPositive();
        }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() {
        String url = TestPostgres.newDatabaseUrl();
        try (Database db = Database.open(url)) {
            db.jdbc().sql("INSERT INTO source_state (source_id) VALUES ('a')").update();
        }
        try (Database again = Database.open(url)) {
            assertThat(again.jdbc().sql("SELECT count(*) FROM source_state").query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void takesCredentialsFromTheEnvironment() {
        String url = TestPostgres.newDatabaseUrl().replace("?user=postgres", "");

        try (Database db = Database.openPostgres(url, Map.of("RAWAFID_DB_USER", "postgres", "RAWAFID_DB_PASSWORD", ""))) {
            assertThat(db.jdbc().sql("SELECT current_user").query(String.class).single()).isEqualTo("postgres");
        }
        assertThatThrownBy(() -> Database.openPostgres(url, Map.of("RAWAFID_DB_USER", "nobody_here")))
                .hasMessageStartingWith("store: cannot connect to " + url)
                .hasMessageContaining("nobody_here");
    }

    @Test
    void aServerThatIsNotThereIsAClearErrorWithThePasswordHidden() {
        String url = "jdbc:postgresql://127.0.0.1:1/rawafid?user=rawafid&password=s3cret";

        assertThatThrownBy(() -> Database.open(url))
                .hasMessageStartingWith("store: cannot connect to jdbc:postgresql://127.0.0.1:1/rawafid?user=rawafid&password=***: ")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void backupPointsToPgDump() {
        try (Database db = Database.open(TestPostgres.newDatabaseUrl())) {
            assertThatThrownBy(() -> db.backupTo(java.nio.file.Path.of("/tmp/x.db"))).hasMessageContaining("pg_dump");
        }
    }
}
