package org.rawafid.schedule;

import org.rawafid.store.Backend;

/** {@link FetchSchedulerTest} on PostgreSQL. */
class FetchSchedulerOnPostgresTest extends FetchSchedulerTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
