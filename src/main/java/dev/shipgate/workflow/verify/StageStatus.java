package dev.shipgate.workflow.verify;

/** A verify stage's verdict; SKIP when the config lists nothing for it. */
public enum StageStatus {
  PASS,
  FAIL,
  SKIP
}
