package dev.shipgate.workflow.deploy;

import dev.shipgate.core.Verdict;

/** A deploy's end: every gate passed, passed with optional failures, or failed (rolled back). */
public enum DeployStatus {
  SUCCESS(Verdict.PASS),
  PARTIAL(Verdict.PARTIAL),
  FAILURE(Verdict.FAIL);

  private final Verdict verdict;

  DeployStatus(Verdict verdict) {
    this.verdict = verdict;
  }

  public Verdict verdict() {
    return verdict;
  }
}
