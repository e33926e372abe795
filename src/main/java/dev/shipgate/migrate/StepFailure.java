package dev.shipgate.migrate;

import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;

/** A file failed on the database: the failure as a user sees it, and the step as data. */
final class StepFailure extends ShipgateException {
  private static final long serialVersionUID = 1L;

  private final transient FailedStep step;

  StepFailure(FailedStep step, String message, Throwable cause) {
    super(ErrorCode.MIGRATION_FAILED, message, cause);
    this.step = step;
  }

  FailedStep step() {
    return step;
  }
}
