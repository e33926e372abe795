package dev.shipgate.recovery;

/** What one {@link RecoveryEngine#attempt} call did. */
public enum RecoveryStatus {
  /** The action ran and succeeded (exit 0, or a 2xx answer). */
  SUCCEEDED,
  /** The action ran and failed (non-zero exit, timeout, an error answer, no answer). */
  FAILED,
  /** The HTTP trigger answered 429: nothing ran; the next attempt waits for its Retry-After. */
  DEFERRED,
  /** Too soon after the last attempt (minimum interval with backoff, or a Retry-After). */
  RATE_LIMITED,
  /** The budget is spent: this call escalated (once per target until it recovers). */
  ESCALATED,
  /** The budget was spent and escalated before: nothing runs until the target recovers. */
  EXHAUSTED,
  /** Another restarter holds the lock: nothing ran. */
  LOCKED,
  /** The target has no recovery action. */
  NO_ACTION,
  /** No such target. */
  UNKNOWN_TARGET;

  /** Whether an action ran (and so counted against the budget). */
  public boolean ran() {
    return this == SUCCEEDED || this == FAILED;
  }
}
