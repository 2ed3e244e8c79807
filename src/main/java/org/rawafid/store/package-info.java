/**
 * Storage: the database — a SQLite file (WAL) by default, or a PostgreSQL server shared by
 * the nodes of a cluster — with its Flyway migrations, and one repository class per table
 * family, each owning its SQL, which is the same for both. Nothing outside this package
 * writes SQL, except the story index in {@code dedupe}, which owns its own tables.
 */
package org.rawafid.store;
