/**
 * PostgreSQL through pgjdbc: connection properties, the session advisory lock that serialises
 * migration runs, the statements PostgreSQL refuses inside a transaction block, and catalog
 * queries. Nothing here decides what to migrate or check.
 */
package dev.shipgate.db.postgres;
