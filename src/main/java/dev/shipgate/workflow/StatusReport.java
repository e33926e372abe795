package dev.shipgate.workflow;

import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import dev.shipgate.schema.SchemaReport;
import dev.shipgate.status.HistoryStatus;

/**
 * {@code shipgate status}: where the history stands and whether {@code database.expect} holds
 * (PRODUCT.md §4). It passes only at head with nothing pending, failed or changed and every check
 * passing.
 */
public record StatusReport(HistoryStatus history, SchemaReport checks) implements Outcome {
  public boolean ok() {
    return history.migrated() && checks.ok();
  }

  @Override
  public Verdict verdict() {
    return Verdict.of(ok());
  }
}
