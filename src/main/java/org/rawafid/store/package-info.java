/**
 * Storage: the database — a SQLite file (WAL) by default, or a PostgreSQL server shared by
 * the nodes of a cluster — with its Flyway migrations, and one repository class per table
 * family, each owning its SQL, which is the same for both. Nothing outside this package
 * writes SQL, except the story index in {@code dedupe}, which owns its own tables.
 *
 * <p>Every write goes through {@link org.rawafid.store.WriteTransactions}: one writer at a time
 * (a fair lock in the process; on PostgreSQL also an advisory lock held per transaction, so
 * one writer in the cluster), and group commit — the fetches that finish while a transaction
 * runs are written together in the next one (≤ 2,000 items or 50 ms), each in a savepoint of
 * its own, so one source's failure rolls back that source alone and every fetch is still all
 * stored or not at all (SPEC §9).
 */
package org.rawafid.store;
