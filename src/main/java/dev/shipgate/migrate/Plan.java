package dev.shipgate.migrate;

import dev.shipgate.history.HistoryComparison;
import dev.shipgate.history.MigrationScript;
import java.util.List;

/**
 * What a run will do.
 *
 * @param steps files to apply, in order: pending versioned files, then repeatables due
 * @param baseline files {@code --baseline} records as applied without running them
 * @param warnings versions a newer release applied, which the run proceeds despite
 */
public record Plan(
    List<Step> steps,
    List<MigrationScript> baseline,
    List<MigrateEvents.NewerVersionApplied> warnings,
    HistoryComparison history) {
  public boolean isEmpty() {
    return steps.isEmpty() && baseline.isEmpty();
  }
}
