/**
 * Schema expectations (M7) and hot-patches (M8): checks {@code database.expect} (tables, columns,
 * indexes, row floors) against the live catalog, and turns what is missing into idempotent SQL.
 * Reads the catalog through {@code dev.shipgate.db}; never changes the database itself.
 */
package dev.shipgate.schema;
