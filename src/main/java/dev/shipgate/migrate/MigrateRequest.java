package dev.shipgate.migrate;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.history.HistoryTable;
import dev.shipgate.migrations.Version;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One {@code migrate} run.
 *
 * @param baseline {@code --baseline VERSION}, or null
 * @param outOfOrder apply new files older than the applied head instead of refusing
 * @param historyTable the history table ({@link HistoryTable#NAME} unless shipgate migrates its own
 *     store)
 */
public record MigrateRequest(
    DatabaseUrl url,
    Path dir,
    MigrationLayout layout,
    boolean dryRun,
    Version baseline,
    boolean outOfOrder,
    Duration lockTimeout,
    String historyTable) {
  public MigrateRequest {
    historyTable = historyTable == null ? HistoryTable.NAME : historyTable;
  }

  /** A run over the application's history table. */
  public MigrateRequest(
      DatabaseUrl url,
      Path dir,
      MigrationLayout layout,
      boolean dryRun,
      Version baseline,
      boolean outOfOrder,
      Duration lockTimeout) {
    this(url, dir, layout, dryRun, baseline, outOfOrder, lockTimeout, HistoryTable.NAME);
  }
}
