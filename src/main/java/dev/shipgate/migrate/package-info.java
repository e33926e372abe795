/**
 * Applying migrations (M4, M5): the lint gate, the migration lock, the plan from a scanned
 * directory and {@code shipgate_schema_history}, one transaction per file with its history row,
 * baselines, and running a team's own migrator under {@code apply: command} then checking that
 * tool's history. Talks to databases only through {@code dev.shipgate.db}.
 */
package dev.shipgate.migrate;
