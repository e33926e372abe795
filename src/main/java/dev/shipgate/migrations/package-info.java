/**
 * Migration files across layouts (numbered, Flyway, up/down, Prisma, Alembic): scanning a directory
 * into a {@link dev.shipgate.migrations.MigrationSet} ({@code scan}), the offline lint rules
 * ({@code rules}) and the checksum ledger ({@code ledger}). Offline only: nothing here touches a
 * database.
 */
package dev.shipgate.migrations;
