/**
 * Migration status (M6): one verdict over whichever history a database holds (shipgate's, Flyway's,
 * Prisma's or Alembic's), held against the migration directory, plus the schema expectations.
 * {@link dev.shipgate.status.StatusService} is the entry point the CLI, {@code sentry}, the ops
 * server and {@code verify} share. Read-only: it never writes to the database.
 */
package dev.shipgate.status;
