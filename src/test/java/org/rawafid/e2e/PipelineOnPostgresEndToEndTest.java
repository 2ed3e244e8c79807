package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link PipelineEndToEndTest} on PostgreSQL. */
class PipelineOnPostgresEndToEndTest extends PipelineEndToEndTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
