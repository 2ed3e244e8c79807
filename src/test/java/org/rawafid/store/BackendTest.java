package org.rawafid.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Base of the tests that run on both databases: SQLite here, PostgreSQL in a subclass
 * ({@code …OnPostgres…Test}) that overrides {@link #backend()} and nothing else.
 */
public abstract class BackendTest {
    @TempDir
    Path databaseDir;
    private TestDatabase database;

    /** The database these tests run on. */
    protected Backend backend() {
        return Backend.SQLITE;
    }

    /** This test's database: its {@code service.database} value and a connection, made on first use. */
    protected TestDatabase database() {
        if (database == null) {
            database = new TestDatabase(backend(), databaseDir);
        }
        return database;
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
