/**
 * Migration files across layouts (numbered, Flyway, up/down, Prisma, Alembic, Django, Rails,
 * dbmate, goose, diesel): the model ({@link dev.shipgate.migrations.Layout}, {@link
 * dev.shipgate.migrations.MigrationSet} and what it holds), scanning a directory ({@code scan}),
 * the offline lint rules ({@code rules}) and the checksum ledger ({@code ledger}). Offline only:
 * nothing here touches a database.
 */
package dev.shipgate.migrations;
