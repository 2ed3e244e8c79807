package org.rawafid.search;

import org.rawafid.store.Backend;

/** {@link QueryRunnerTest} on PostgreSQL: the same hits from the tsvector/GIN index. */
class QueryRunnerOnPostgresTest extends QueryRunnerTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
