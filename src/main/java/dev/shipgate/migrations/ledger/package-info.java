/**
 * {@code shipgate.sum}: the file format (chained SHA-256 plus a whitespace-insensitive hash) and
 * the check and update of a directory against it.
 */
package dev.shipgate.migrations.ledger;
