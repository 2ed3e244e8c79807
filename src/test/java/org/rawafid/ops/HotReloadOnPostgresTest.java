package org.rawafid.ops;

import org.rawafid.store.Backend;

/** {@link HotReloadTest} on PostgreSQL. */
class HotReloadOnPostgresTest extends HotReloadTest {
    @Override
    Backend backend() {
        return Backend.POSTGRESQL;
    }
}
