/**
 * The {@code shipgate.sum} checksum ledger: its format ({@code SumFile}, chained SHA-256) and
 * checking or rewriting it for a scanned directory ({@code Ledger}). Must not touch a database.
 */
package dev.shipgate.migrations.ledger;
