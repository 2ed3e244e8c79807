package org.rawafid.dedupe;

import org.rawafid.store.Backend;

/** {@link StoryWindowIndexTest} on PostgreSQL. */
class StoryWindowIndexOnPostgresTest extends StoryWindowIndexTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
