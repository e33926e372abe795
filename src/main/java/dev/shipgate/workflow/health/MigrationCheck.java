package dev.shipgate.workflow.health;

import dev.shipgate.core.Failure;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.status.StatusService;
import dev.shipgate.workflow.StatusWorkflow;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Runs the status workflow with the request {@code shipgate status} builds from the config (handed
 * in by the command, so both resolve the database and directory the same way).
 */
final class MigrationCheck implements Callable<MigrationState> {
  private final StatusWorkflow workflow;
  private final Supplier<StatusService.Request> request;

  MigrationCheck(StatusWorkflow workflow, Supplier<StatusService.Request> request) {
    this.workflow = workflow;
    this.request = request;
  }

  @Override
  public MigrationState call() {
    try {
      return new MigrationState(workflow.run(request.get()), null);
    } catch (ShipgateException e) {
      return new MigrationState(null, Failure.of(e));
    }
  }
}
