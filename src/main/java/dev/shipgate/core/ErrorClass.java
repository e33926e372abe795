package dev.shipgate.core;

/**
 * The kind of outcome an {@link ErrorCode} belongs to. The CLI maps each to one row of the
 * exit-code table (README, "Exit codes"); nothing below the CLI knows the numbers.
 */
public enum ErrorClass {
  /** A gate failed: the run judged something and it was not fit to ship. */
  GATE_FAILED,
  /** The user asked for something that cannot be done as asked (unknown flag, bad argument). */
  USAGE,
  /** A path or file the user named does not exist or cannot be read or written. */
  INPUT_MISSING,
  /** The configuration is invalid or incomplete for what was asked. */
  CONFIG,
  /** A bug in shipgate. */
  INTERNAL
}
