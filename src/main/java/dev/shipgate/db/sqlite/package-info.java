/**
 * SQLite through xerial sqlite-jdbc: immediate transactions with a busy timeout (SQLite's way of
 * serialising writers), the statements it cannot run in a transaction, and catalog queries. Nothing
 * here decides what to migrate or check.
 */
package dev.shipgate.db.sqlite;
