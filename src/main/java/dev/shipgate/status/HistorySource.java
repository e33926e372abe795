package dev.shipgate.status;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.MigrationSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A migration history table shipgate can read: its own, or another tool's. */
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

  /** The reader for a tool's history table, when shipgate has one. */
  static Optional<HistorySource> ofTable(String table) {
    return Arrays.stream(values()).filter(s -> s.table.equals(table)).findFirst();
  }

  /**
   * The history a directory's migrations are recorded in: shipgate's for what its runner applies,
   * else the layout's own tool's (a Flyway directory under {@code apply: command} is Flyway's).
   *
   * @throws ShipgateException {@code CONFIG_INVALID} for a layout whose tool's history shipgate
   *     does not read
   */
  static HistorySource natural(MigrationSet set, ApplyMode apply) {
    Layout layout = set.definition();
    if (layout.builtinRunner() && (apply == ApplyMode.BUILTIN || layout.historyTable().isEmpty())) {
      return SHIPGATE;
    }
    return toolHistory(set);
  }

  /** {@code --layout L} names the tool whose history to read. */
  static HistorySource forced(MigrationSet set) {
    Layout layout = set.definition();
    if (layout.historyTable().isEmpty() && layout.builtinRunner()) {
      return SHIPGATE;
    }
    return toolHistory(set);
  }

  private static HistorySource toolHistory(MigrationSet set) {
    Layout layout = set.definition();
    return layout
        .historyTable()
        .flatMap(HistorySource::ofTable)
        .orElseThrow(
            () ->
                ShipgateException.config(
                    DisplayPaths.of(set.dir())
                        + " is a "
                        + layout.id().id()
                        + " project: shipgate status does not read its tool's history yet ("
                        + layout.historyTable().orElse("no history table")
                        + "); ask the tool itself ("
                        + layout.tool().orElse("its status command")
                        + ")"));
  }
}
