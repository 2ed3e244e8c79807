package org.rawafid.store;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The SQLite database: file (and folder) created on first use, WAL mode, a busy
 * timeout so readers wait for a writer instead of failing, foreign keys on, and
 * the Flyway migrations in {@code db/migration} applied.
 *
 * <p>Thread-safe: every call opens its own connection from the data source; SQLite
 * connections are cheap and WAL lets readers run beside the single writer.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    private Database(Path file, DataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Opens (creating if needed) the SQLite file at {@code file} and migrates it to the latest schema. */
    public static Database open(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("store: cannot create folder for " + absolute, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // Write transactions take the write lock when they begin, waiting up to the busy timeout:
        // a deferred transaction that read first and then writes fails with SQLITE_BUSY at once
        // when another writer got in between, which concurrent fetches made happen.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + absolute);
        Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
        // Migrating takes the write lock; a current schema (the usual case, e.g. `rawafid backup`
        // beside a running service) only needs the read that tells us so.
        if (flyway.info().pending().length > 0) {
            flyway.migrate();
        }
        return new Database(absolute, ds);
    }

    public Path file() {
        return file;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /**
     * Writes a consistent copy of the database to {@code target} while it is in use
     * ({@code VACUUM INTO}: a transactionally consistent snapshot, compacted).
     */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new IllegalArgumentException("store: backup target exists, not overwriting: " + absolute);
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("store: cannot create folder for " + absolute, e);
        }
        jdbc.sql("VACUUM INTO ?").param(absolute.toString()).update();
    }

    /** Moves everything in the WAL into the main file (on graceful stop). */
    public void checkpoint() {
        jdbc.sql("PRAGMA wal_checkpoint(TRUNCATE)").query().singleRow();
    }
}
