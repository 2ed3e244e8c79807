package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link HostileSourcesEndToEndTest} on PostgreSQL. */
class HostileSourcesOnPostgresEndToEndTest extends HostileSourcesEndToEndTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
