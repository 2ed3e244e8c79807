package org.rawafid.publish;

import org.rawafid.store.Backend;

/** {@link FeedAssemblerTest} on PostgreSQL. */
class FeedAssemblerOnPostgresTest extends FeedAssemblerTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
