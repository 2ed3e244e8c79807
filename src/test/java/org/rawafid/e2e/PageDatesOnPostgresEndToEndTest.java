package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link PageDatesEndToEndTest} on PostgreSQL. */
class PageDatesOnPostgresEndToEndTest extends PageDatesEndToEndTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
