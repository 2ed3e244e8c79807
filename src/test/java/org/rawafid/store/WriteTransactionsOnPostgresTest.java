package org.rawafid.store;

/** {@link WriteTransactionsTest} on PostgreSQL. */
class WriteTransactionsOnPostgresTest extends WriteTransactionsTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
