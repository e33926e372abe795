package dev.shipgate.testing;

/** History tables exactly as the tools that own them create them (PostgreSQL dialect). */
public final class StatusDdl {
  private StatusDdl() {}

  /** Prisma's PostgreSQL connector. */
  public static final String PRISMA =
      "CREATE TABLE IF NOT EXISTS \"_prisma_migrations\" (\n"
          + "    \"id\" VARCHAR(36) NOT NULL,\n"
          + "    \"checksum\" VARCHAR(64) NOT NULL,\n"
          + "    \"finished_at\" TIMESTAMPTZ,\n"
          + "    \"migration_name\" VARCHAR(255) NOT NULL,\n"
          + "    \"logs\" TEXT,\n"
          + "    \"rolled_back_at\" TIMESTAMPTZ,\n"
          + "    \"started_at\" TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
          + "    \"applied_steps_count\" INTEGER NOT NULL DEFAULT 0,\n"
          + "    CONSTRAINT \"_prisma_migrations_pkey\" PRIMARY KEY (\"id\")\n"
          + ")";

  /** Alembic's default version table. */
  public static final String ALEMBIC =
      "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
          + " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))";
}
