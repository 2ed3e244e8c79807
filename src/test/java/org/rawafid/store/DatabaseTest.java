package org.rawafid.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsFileAndFolderInWalModeWithSchema() {
        Database db = Database.open(dir.resolve("nested/data/rawafid.db"));

        assertThat(Files.exists(dir.resolve("nested/data/rawafid.db"))).isTrue();
        assertThat(db.jdbc().sql("PRAGMA journal_mode").query(String.class).single()).isEqualToIgnoringCase("wal");
        assertThat(db.jdbc().sql("SELECT count(*) FROM item").query(Integer.class).single()).isZero();
    }

    @Test
    void reopeningKeepsDataAndDoesNotRemigrate() {
        Path file = dir.resolve("r.db");
        Database.open(file).jdbc().sql("INSERT INTO source_state (source_id) VALUES ('a')").update();

        Database again = Database.open(file);

        assertThat(again.jdbc().sql("SELECT count(*) FROM source_state").query(Integer.class).single()).isEqualTo(1);
    }
}
