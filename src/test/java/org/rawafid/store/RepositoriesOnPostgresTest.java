package org.rawafid.store;

/** {@link RepositoriesTest} on PostgreSQL. */
class RepositoriesOnPostgresTest extends RepositoriesTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
