package org.rawafid.ops;

import org.rawafid.store.Backend;

/** {@link ReadersDuringIngestTest} on PostgreSQL. */
class ReadersDuringIngestOnPostgresTest extends ReadersDuringIngestTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }
}
