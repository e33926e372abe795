package dev.shipgate.config;

import java.util.Locale;

/** How a migration directory is organised (`migrations.layout`, `--layout`). */
public enum MigrationLayout {
  AUTO,
  NUMBERED,
  UPDOWN,
  FLYWAY,
  PRISMA,
  ALEMBIC;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
