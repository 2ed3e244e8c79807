package org.rawafid.e2e;

import org.rawafid.store.Backend;

/** {@link GuidPolicyEndToEndTest} on PostgreSQL. */
class GuidPolicyOnPostgresEndToEndTest extends GuidPolicyEndToEndTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
