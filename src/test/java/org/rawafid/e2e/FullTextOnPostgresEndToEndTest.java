package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link FullTextEndToEndTest} on PostgreSQL. */
class FullTextOnPostgresEndToEndTest extends FullTextEndToEndTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
