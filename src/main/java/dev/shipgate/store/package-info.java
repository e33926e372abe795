/**
 * shipgate's own store: the database behind {@code store:} (SQLite by default, {@code
 * .shipgate/shipgate.db}, or PostgreSQL for a team), its schema, and transactions with the retry
 * each database needs. {@link dev.shipgate.store.Store} opens it (WAL, busy timeout and one writer
 * on SQLite); {@link dev.shipgate.store.StoreSchema} creates and upgrades its tables from the SQL
 * resources of each database with shipgate's builtin runner and its own history table ({@code
 * shipgate_store_history}). It owns no feature logic: the incidents feature owns the tables'
 * meaning. It must not print and must not hold a secret in any message (the store URL is shown
 * redacted).
 */
package dev.shipgate.store;
