package org.rawafid.dedupe;

import org.rawafid.store.Backend;

/** {@link StoryIndexTest} on PostgreSQL. */
class StoryIndexOnPostgresTest extends StoryIndexTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
