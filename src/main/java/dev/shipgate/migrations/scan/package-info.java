/**
 * A migration directory to a {@code MigrationSet}, one scanner per layout, and layout detection.
 * Never throws on bad input: unreadable entries and names the tool would skip become findings;
 * those are its only findings.
 */
package dev.shipgate.migrations.scan;
