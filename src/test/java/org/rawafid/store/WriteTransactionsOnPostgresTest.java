package org.rawafid.store;

import org.junit.jupiter.api.Test;
import org.rawafid.model.SourceState;

import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link WriteTransactionsTest} on PostgreSQL, and the cluster's advisory lock taken once per batch. */
class WriteTransactionsOnPostgresTest extends WriteTransactionsTest {
    @Override
    protected Backend backend() {
        return Backend.POSTGRESQL;
    }

    @Test
    void theClusterLockIsTakenOncePerBatchAndHeldThroughIt() throws Exception {
        var calls = queueBehindTheLock(10, i -> () -> {
            states.save(SourceState.fresh("s" + i));
            return db.jdbc().sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                    + " AND pid = pg_backend_pid()").query(Long.class).single();
        });
        for (Future<Object> call : calls) {
            assertThat(call.get()).as("the advisory lock, held while each source writes").isEqualTo(1L);
        }

        assertThat(transactions("batch")).isEqualTo(1);
        assertThat(registry.get("rawafid.write.lock.hold").tag("kind", "batch").timer().count())
                .as("one lock hold for ten sources").isEqualTo(1);
        assertThat(db.jdbc().sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'").query(Long.class)
                .single()).as("released by the commit").isZero();
    }
}
