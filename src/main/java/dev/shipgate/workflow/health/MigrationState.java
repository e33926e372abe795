package dev.shipgate.workflow.health;

import dev.shipgate.core.Failure;
import dev.shipgate.workflow.StatusReport;

/**
 * What {@code shipgate status} would say now: its report, or the failure it would stop with (no
 * database, no migration directory, an unreadable history). Exactly one is non-null.
 */
public record MigrationState(StatusReport report, Failure failure) {
  public boolean ok() {
    return report != null && report.ok();
  }
}
