package org.rawafid.dedupe;

import org.rawafid.store.Backend;

/** {@link WordFrequenciesTest} on PostgreSQL. */
class WordFrequenciesOnPostgresTest extends WordFrequenciesTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
