package org.rawafid.store;

/** {@link PrunerTest} on PostgreSQL. */
class PrunerOnPostgresTest extends PrunerTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
