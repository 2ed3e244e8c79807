package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link StoryDedupEndToEndTest} on PostgreSQL. */
class StoryDedupOnPostgresEndToEndTest extends StoryDedupEndToEndTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
