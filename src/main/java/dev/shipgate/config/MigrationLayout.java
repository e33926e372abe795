package dev.shipgate.config;

import java.util.Locale;

/**
 * The user-facing ids of the migration layouts (`migrations.layout`, `--layout`). What each layout
 * means (its names, order, rules and tool) is {@code dev.shipgate.migrations.Layout}; this enum is
 * only the list of names a user may write.
 */
public enum MigrationLayout {
  AUTO,
  NUMBERED,
  UPDOWN,
  FLYWAY,
  PRISMA,
  ALEMBIC,
  DJANGO,
  RAILS,
  DBMATE,
  GOOSE,
  DIESEL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
