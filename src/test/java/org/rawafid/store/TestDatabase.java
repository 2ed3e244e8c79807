package org.rawafid.store;

import java.nio.file.Path;

/**
 * A test's database on one {@link Backend}: its {@code service.database} value for feeds.yml,
 * and a connection to look inside, both made on first use; {@link #close()} in the test's
 * {@code @AfterEach} releases the connection pool.
 */
public final class TestDatabase implements AutoCloseable {
    private final Backend backend;
    private final Path dir;
    private String location;
    private Database db;

    public TestDatabase(Backend backend, Path dir) {
        this.backend = backend;
        this.dir = dir;
    }

    /** The value for {@code service.database}. */
    public synchronized String location() {
        if (location == null) {
            location = backend.location(dir);
        }
        return location;
    }

    /** The database itself, opened once. */
    public synchronized Database db() {
        if (db == null) {
            db = Database.open(location());
        }
        return db;
    }

    @Override
    public synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }
}
