package dev.shipgate.status;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.MigrationLayout;
import java.util.Locale;

/** A migration tool's history table. */
public enum HistorySource {
  SHIPGATE("shipgate_schema_history"),
  FLYWAY("flyway_schema_history"),
  PRISMA("_prisma_migrations"),
  ALEMBIC("alembic_version");

  private final String table;

  HistorySource(String table) {
    this.table = table;
  }

  public String table() {
    return table;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The history a layout's own tool writes: Prisma and Alembic projects have theirs, a Flyway
   * directory under {@code apply: command} has Flyway's, and everything shipgate applies has
   * shipgate's.
   */
  public static HistorySource natural(MigrationLayout layout, ApplyMode apply) {
    return switch (layout) {
      case PRISMA -> PRISMA;
      case ALEMBIC -> ALEMBIC;
      case FLYWAY -> apply == ApplyMode.COMMAND ? FLYWAY : SHIPGATE;
      default -> SHIPGATE;
    };
  }
}
