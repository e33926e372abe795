package dev.shipgate.core;

/**
 * The one exit-code table of shipgate (README, "Exit codes"). Every command returns one of these;
 * {@code verify} additionally returns its stage numbers (1-4, 99).
 */
public enum ExitCode {
  /** Every gate passed. */
  OK(0),
  /** A gate failed: lint errors, pending or failed migrations, unhealthy, deploy rolled back. */
  GATE_FAILED(1),
  /** Passed with degraded or optional failures. */
  PARTIAL(2),
  /** Unknown flag or bad argument. */
  USAGE(64),
  /** A path or config file named by the user does not exist. */
  INPUT_MISSING(66),
  /** A bug in shipgate. */
  INTERNAL(70),
  /** The configuration is invalid. */
  CONFIG(78);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
