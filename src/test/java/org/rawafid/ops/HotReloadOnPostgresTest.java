package org.rawafid.ops;

import org.rawafid.store.Backend;

/** {@link HotReloadTest} on PostgreSQL. */
class HotReloadOnPostgresTest extends HotReloadTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
