package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link HostileSourcesEndToEndTest} on PostgreSQL. */
class HostileSourcesOnPostgresEndToEndTest extends HostileSourcesEndToEndTest {
    @Override
    Backend backend() {
        return Backend.POSTGRESQL;
    }
}
