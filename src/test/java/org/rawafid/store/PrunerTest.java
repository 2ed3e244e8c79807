package org.rawafid.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rawafid.model.Item;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrunerTest extends BackendTest {
    private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private Pruner pruner;

    @BeforeEach
    void setUp() {
        db = database().db();
        pruner = new Pruner(db.jdbc(), new WriteTransactions(db));
        ItemRepository items = new ItemRepository(db.jdbc());
        // 1,200 old items (more than two batches) and 3 recent ones, each in its own story.
        new WriteTransactions(db).write(() -> {
            insertItems(items);
            return null;
        });
    }

    private void insertItems(ItemRepository items) {
        for (int i = 0; i < 1203; i++) {
            Instant published = i < 1200 ? NOW.minus(Duration.ofDays(40)) : NOW.minus(Duration.ofHours(i - 1199));
            long id = items.insert(new Item("s", "guid:" + i, "" + i, "https://e.org/" + i, "e.org/" + i, "خبر " + i,
                    "<p>نص</p>", "نص", null, null, List.of(), published, published), published).orElseThrow();
            db.jdbc().sql("INSERT INTO story (id, guid, first_item_id, created_at, updated_at) VALUES (?, ?, ?, 0, 0)")
                    .params(id, "urn:s:" + id, id).update();
            db.jdbc().sql("UPDATE item SET story_id = ? WHERE id = ?").params(id, id).update();
        }
    }

    private long count(String table) {
        return db.jdbc().sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void dryRunCountsWithoutRemoving() {
        Pruner.Result r = pruner.prune(NOW.minus(Duration.ofDays(30)), true);

        assertThat(r).isEqualTo(new Pruner.Result(1200, 1200, true));
        assertThat(count("item")).isEqualTo(1203);
    }

    @Test
    void removesOldItemsInBatchesAndTheStoriesLeftEmpty() {
        Pruner.Result r = pruner.prune(NOW.minus(Duration.ofDays(30)), false);

        assertThat(r).isEqualTo(new Pruner.Result(1200, 1200, false));
        assertThat(count("item")).isEqualTo(3);
        assertThat(count("story")).isEqualTo(3);
        assertThat(pruner.prune(NOW.minus(Duration.ofDays(30)), false)).isEqualTo(new Pruner.Result(0, 0, false));
    }

    @Test
    void backupIsAConsistentCopyAndNeverOverwrites() {
        if (backend() == Backend.POSTGRESQL) {
            assertThatThrownBy(() -> db.backupTo(dir.resolve("copy.db"))).hasMessageContaining("pg_dump");
            return;
        }
        Path copy = dir.resolve("backups/copy.db");

        db.backupTo(copy);

        assertThat(Files.exists(copy)).isTrue();
        assertThat(Database.open(copy).jdbc().sql("SELECT count(*) FROM item").query(Long.class).single())
                .isEqualTo(1203);
        assertThatThrownBy(() -> db.backupTo(copy)).hasMessageContaining("exists");
    }
}
