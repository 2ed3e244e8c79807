package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link StoryPagesEndToEndTest} on PostgreSQL. */
class StoryPagesOnPostgresEndToEndTest extends StoryPagesEndToEndTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
