/**
 * Storage: the SQLite database (WAL, migrations by Flyway) and one repository class per
 * table family, each owning its SQL. Nothing outside this package writes SQL, except the
 * story index in {@code dedupe}, which owns its own tables.
 */
package org.rawafid.store;
