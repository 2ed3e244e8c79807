package org.rawafid.store;

/** {@link PrunerTest} on PostgreSQL. */
class PrunerOnPostgresTest extends PrunerTest {
    @Override
    Backend backend() {
        return Backend.POSTGRESQL;
    }
}
