package org.rawafid.store;

import java.nio.file.Path;

/** The two databases every repository test runs on. */
public enum Backend {
    /** A SQLite file in the test's temp folder. */
    SQLITE {
        @Override
        public String location(Path dir) {
            return dir.resolve("data/rawafid.db").toString();
        }
    },
    /** A fresh database on the test JVM's embedded PostgreSQL server. */
    POSTGRESQL {
        @Override
        public String location(Path dir) {
            return TestPostgres.newDatabaseUrl();
        }
    };

    /** A new, empty database's {@code service.database} value. */
    public abstract String location(Path dir);
}
