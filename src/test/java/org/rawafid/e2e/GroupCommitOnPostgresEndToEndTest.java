package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link GroupCommitEndToEndTest} on PostgreSQL. */
class GroupCommitOnPostgresEndToEndTest extends GroupCommitEndToEndTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
