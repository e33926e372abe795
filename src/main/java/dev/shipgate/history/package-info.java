/**
 * shipgate's own migration history: the {@code shipgate_schema_history} table, file checksums, and
 * the comparison of a directory against the table that both {@code migrate} (to plan) and {@code
 * status} (to report) rely on, so they can never disagree. No applying here.
 */
package dev.shipgate.history;
