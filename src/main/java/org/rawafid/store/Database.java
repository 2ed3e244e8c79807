package org.rawafid.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The database: a SQLite file by default, or a shared PostgreSQL server for a cluster of nodes.
 *
 * <p>SQLite: file (and folder) created on first use, WAL mode, a busy timeout so readers wait
 * for a writer instead of failing, foreign keys on. PostgreSQL: a pooled data source (HikariCP),
 * credentials from {@code RAWAFID_DB_USER} / {@code RAWAFID_DB_PASSWORD} when set. Both get the
 * Flyway migrations in {@code db/migration/common} plus their dialect's folder
 * ({@code db/migration/sqlite} or {@code db/migration/postgresql}: only the id columns of V1 and
 * the PostgreSQL-only Quartz tables and change counter differ).
 *
 * <p>Thread-safe: every call takes its own connection from the data source.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Refresh threads (16) + Quartz's own (misfire, cluster check-in, acquisition) + HTTP readers. */
    private static final int POSTGRES_POOL = 24;
    /** SQLite: the 16 fetch threads' writer (one at a time) plus HTTP readers, which WAL lets run beside it. */
    private static final int SQLITE_POOL = 32;

    /** Which SQL engine is behind the data source; the repositories' SQL is the same for both. */
    public enum Dialect { SQLITE, POSTGRESQL }

    private final Dialect dialect;
    private final Path file;
    private final String location;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    private Database(Dialect dialect, Path file, String location, DataSource dataSource) {
        this.dialect = dialect;
        this.file = file;
        this.location = location;
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Opens {@code service.database}: a {@code jdbc:postgresql://…} URL, or else a SQLite file
     * path (relative to the working directory), and migrates it to the latest schema.
     */
    public static Database open(String location) {
        Objects.requireNonNull(location, "location");
        if (isPostgres(location)) {
            return openPostgres(location, System.getenv());
        }
        return open(Path.of(location));
    }

    /** True when {@code location} names a PostgreSQL server rather than a SQLite file. */
    public static boolean isPostgres(String location) {
        return location.startsWith("jdbc:postgresql:");
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
        // 16 MB of page cache per connection (SQLite's default is 2 MB): story assignment reads
        // the recent LSH index pages and candidate rows again and again.
        config.setCacheSize(-16_384);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + absolute);
        try {
            migrate(sqlite, Dialect.SQLITE);
        } catch (RuntimeException e) {
            throw new IllegalStateException("store: cannot open " + absolute + ": " + sqliteReason(e), e);
        }
        // Kept-open connections: opening one re-reads the schema and starts a cold page cache,
        // which cost about a quarter of every short write transaction (measured, README).
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(sqlite);
        pool.setPoolName("rawafid-sqlite");
        pool.setMaximumPoolSize(SQLITE_POOL);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(BUSY_TIMEOUT_MS * 3L);
        pool.setScheduledExecutor(HOUSEKEEPING);
        return new Database(Dialect.SQLITE, absolute, absolute.toString(), new HikariDataSource(pool));
    }

    /** One daemon thread keeps every SQLite pool of the process (commands and tests may open several). */
    private static final java.util.concurrent.ScheduledThreadPoolExecutor HOUSEKEEPING = housekeeping();

    private static java.util.concurrent.ScheduledThreadPoolExecutor housekeeping() {
        var executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rawafid-db-housekeeping");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * Opens a PostgreSQL database. {@code env} supplies {@code RAWAFID_DB_USER} and
     * {@code RAWAFID_DB_PASSWORD}; without them the URL's own {@code user=}/{@code password=}
     * (or the driver's defaults) apply.
     */
    static Database openPostgres(String url, Map<String, String> env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        String user = env.get("RAWAFID_DB_USER");
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        String password = env.get("RAWAFID_DB_PASSWORD");
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POSTGRES_POOL);
        // Writers hold the cluster-wide advisory lock for their transaction. A node that hangs or
        // loses its network mid-transaction must not stall every other node's writes: the server
        // ends a session idle inside a transaction after a minute (ours never wait on anything
        // but the database inside one), and TCP keepalives notice a vanished peer.
        config.setConnectionInitSql("SET idle_in_transaction_session_timeout = '60s'");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.setMinimumIdle(2);
        config.setPoolName("rawafid-db");
        // Fail start-up with the server's own message (wrong password, unknown database, refused)
        // rather than after a long wait.
        config.setInitializationFailTimeout(10_000);
        config.setConnectionTimeout(30_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("store: cannot connect to " + redact(url) + ": " + rootMessage(e), e);
        }
        try {
            // Several nodes starting at once: Flyway serialises them with an advisory lock.
            migrate(ds, Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(Dialect.POSTGRESQL, null, redact(url), ds);
    }

    /**
     * The newest migration version of each dialect (its folder plus {@code common/}); kept in
     * step with the files by {@code DatabaseDialectsTest}.
     */
    static final Map<Dialect, String> LATEST = Map.of(Dialect.SQLITE, "12", Dialect.POSTGRESQL, "10");

    private static void migrate(DataSource ds, Dialect dialect) {
        if (isCurrent(ds, dialect)) {
            // The usual start: nothing to migrate. Flyway itself (with the Jackson it loads for
            // its configuration) costs ~0.5-1.5 s of start-up just to say so.
            return;
        }
        String own = dialect == Dialect.SQLITE ? "sqlite" : "postgresql";
        Flyway flyway = Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + own).load();
        // Migrating takes the write lock; a current schema (the usual case, e.g. `rawafid backup`
        // beside a running service) only needs the read that tells us so.
        if (flyway.info().pending().length > 0) {
            flyway.migrate();
        }
    }

    /** Whether Flyway's history says the newest migration was applied successfully (one query). */
    private static boolean isCurrent(DataSource ds, Dialect dialect) {
        try {
            return JdbcClient.create(ds).sql("SELECT count(*) FROM flyway_schema_history WHERE version = ? AND success")
                    .param(LATEST.get(dialect)).query(Long.class).single() > 0;
        } catch (RuntimeException e) {
            return false; // a new database: no history table yet
        }
    }

    /** The URL without a {@code password=} parameter, for logs and pages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The SQLite file, or null for PostgreSQL. */
    public Path file() {
        return file;
    }

    /** Where the data lives, for logs: the SQLite file or the PostgreSQL URL (password hidden). */
    public String location() {
        return location;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A SQLite connection of its own, outside the pool, for a caller that must keep one for its whole
     * life ({@link ChangeCounter}: SQLite's data version is per connection). The caller closes it.
     */
    java.sql.Connection openUnpooledConnection() {
        if (dialect != Dialect.SQLITE) {
            throw new IllegalStateException("store: an unpooled connection is a SQLite need");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(true);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("store: cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Whether writes can succeed: the SQLite file is writable, or the PostgreSQL server is a primary. */
    public boolean writable() {
        if (dialect == Dialect.SQLITE) {
            return Files.isWritable(file);
        }
        return Boolean.FALSE.equals(jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single());
    }

    /** Bytes used: the SQLite file plus its WAL, or the PostgreSQL database's size. */
    public long sizeBytes() {
        if (dialect == Dialect.POSTGRESQL) {
            return jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single();
        }
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Writes a consistent copy of the database to {@code target} while it is in use
     * ({@code VACUUM INTO}: a transactionally consistent snapshot, compacted). SQLite only:
     * a PostgreSQL database is backed up with the server's own tools.
     */
    public void backupTo(Path target) {
        if (dialect == Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("store: backup copies a SQLite file; for PostgreSQL use pg_dump "
                    + "(e.g. pg_dump -Fc -f rawafid.dump DBNAME)");
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new IllegalArgumentException("store: backup target " + absolute + " exists; not overwriting it (give a new file name)");
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("store: cannot create folder for " + absolute, e);
        }
        try {
            jdbc.sql("VACUUM INTO ?").param(absolute.toString()).update();
        } catch (RuntimeException e) {
            throw new IllegalStateException("store: cannot write the backup " + absolute + ": " + sqliteReason(e), e);
        }
    }

    /** What a SQLite failure means for the person running the command, from its result code. */
    static String sqliteReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException s) {
                return switch (s.getResultCode()) {
                    case SQLITE_NOTADB -> "not a SQLite database (point service.database at a Rawafid database or a new file)";
                    case SQLITE_FULL -> "the disk is full (free some space and try again)";
                    case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_RECOVERY, SQLITE_READONLY_CANTLOCK,
                         SQLITE_READONLY_ROLLBACK, SQLITE_PERM, SQLITE_AUTH ->
                            "cannot write it (check the permissions of the file and its folder)";
                    case SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_IOERR_WRITE ->
                            "cannot open or write the file (check the path and its folder's permissions)";
                    case SQLITE_CORRUPT -> "the file is damaged (restore a backup)";
                    default -> String.valueOf(s.getMessage());
                };
            }
        }
        return rootMessage(e);
    }

    /** Moves everything in the WAL into the main file (on graceful stop); nothing to do on PostgreSQL. */
    public void checkpoint() {
        if (dialect == Dialect.SQLITE) {
            jdbc.sql("PRAGMA wal_checkpoint(TRUNCATE)").query().singleRow();
        }
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
    }
}
