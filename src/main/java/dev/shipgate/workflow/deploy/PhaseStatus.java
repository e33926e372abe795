package dev.shipgate.workflow.deploy;

/** How a phase ended: passed, failed, or not run (skipped, or never reached). */
public enum PhaseStatus {
  PASS,
  FAIL,
  SKIP
}
