package org.rawafid.search;

import org.rawafid.store.Backend;

/** {@link DistinctWordsSearchTest} on PostgreSQL: the same hits from the tsvector/GIN index. */
class DistinctWordsSearchOnPostgresTest extends DistinctWordsSearchTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
