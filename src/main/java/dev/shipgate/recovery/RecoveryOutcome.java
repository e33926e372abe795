package dev.shipgate.recovery;

import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import java.time.Instant;

/**
 * The result of one {@link RecoveryEngine#attempt}.
 *
 * @param action {@code command}, {@code trigger}, or null when the target has none
 * @param detail for people: why it failed or was refused (redacted; never a URL)
 * @param at when the call was made (the engine's clock)
 * @param durationMs how long the action ran (0 when it did not run)
 * @param attemptsInWindow attempts counted in the budget window after this call
 * @param maxAttempts the budget's limit for the window
 * @param nextAllowedAt the earliest time a next attempt may run, or null (escalated: never)
 * @param holder the lock holder that refused this call (LOCKED), or this engine's holder id
 */
public record RecoveryOutcome(
    String target,
    RecoveryStatus status,
    String action,
    String detail,
    Instant at,
    long durationMs,
    int attemptsInWindow,
    int maxAttempts,
    Instant nextAllowedAt,
    String holder)
    implements Outcome {

  @Override
  public Verdict verdict() {
    return status == RecoveryStatus.SUCCEEDED ? Verdict.PASS : Verdict.FAIL;
  }
}
