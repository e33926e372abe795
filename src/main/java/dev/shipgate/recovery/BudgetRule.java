package dev.shipgate.recovery;

import dev.shipgate.config.RecoveryBudgetConfig;
import java.time.Duration;
import java.time.Instant;

/**
 * The budget as a pure function: may an attempt run now? An escalated target never runs again until
 * it is reset; a Retry-After is honoured; {@code maxAttempts} attempts within the window spend the
 * budget (the next request escalates); otherwise the minimum interval since the last attempt
 * applies, doubled for each failure in a row and capped at the window.
 */
final class BudgetRule {
  private BudgetRule() {}

  /** The decision: {@code status} is null when the attempt may run. */
  record Decision(RecoveryStatus status, String detail, Instant nextAllowedAt) {
    boolean allowed() {
      return status == null;
    }
  }

  static Decision decide(BudgetState s, RecoveryBudgetConfig budget, Instant now) {
    if (s.escalatedAt() != null) {
      return new Decision(
          RecoveryStatus.EXHAUSTED,
          "recovery budget spent at " + s.escalatedAt() + "; waiting for the target to recover",
          null);
    }
    if (s.notBefore() != null && now.isBefore(s.notBefore())) {
      return new Decision(
          RecoveryStatus.RATE_LIMITED,
          "the trigger asked to retry after " + s.notBefore(),
          s.notBefore());
    }
    if (s.lastAttemptAt() != null) {
      // the last attempt gets at least the minimum interval to work before anything else happens
      Instant settled = s.lastAttemptAt().plus(budget.minInterval());
      if (now.isBefore(settled)) {
        return new Decision(
            RecoveryStatus.RATE_LIMITED, "next attempt allowed at " + settled, settled);
      }
    }
    if (s.attemptsInWindow() >= budget.maxAttempts()) {
      return new Decision(
          RecoveryStatus.ESCALATED,
          s.attemptsInWindow()
              + " attempts within "
              + budget.window()
              + " did not bring it back: budget spent",
          null);
    }
    if (s.lastAttemptAt() != null) {
      Instant next = s.lastAttemptAt().plus(gap(budget, s.consecutiveFailures()));
      if (now.isBefore(next)) {
        return new Decision(RecoveryStatus.RATE_LIMITED, "next attempt allowed at " + next, next);
      }
    }
    return new Decision(null, null, null);
  }

  /** The minimum interval after {@code failures} failures in a row: doubled each, capped. */
  static Duration gap(RecoveryBudgetConfig budget, int failures) {
    Duration gap = budget.minInterval();
    for (int i = 1; i < failures && gap.compareTo(budget.window()) < 0; i++) {
      gap = gap.multipliedBy(2);
    }
    return gap.compareTo(budget.window()) > 0 ? budget.window() : gap;
  }

  /** When the next attempt may run after one that started at {@code start}. */
  static Instant nextAfter(RecoveryBudgetConfig budget, Instant start, int failures) {
    return start.plus(gap(budget, failures));
  }
}
