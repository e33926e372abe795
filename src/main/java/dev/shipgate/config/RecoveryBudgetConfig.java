package dev.shipgate.config;

import java.time.Duration;

/**
 * `monitor.budget` (and a target's `budget`): how often recovery may run for one target.
 *
 * @param minInterval at least this long between two attempts; doubled after each failed attempt in
 *     a row (exponential backoff), capped at {@code window}
 * @param maxAttempts at most this many attempts within {@code window}; one more request escalates
 * @param window the sliding window {@code maxAttempts} counts over
 */
public record RecoveryBudgetConfig(Duration minInterval, Integer maxAttempts, Duration window) {
  public RecoveryBudgetConfig {
    minInterval = Immutables.or(minInterval, Duration.ofMinutes(10));
    maxAttempts = Immutables.or(maxAttempts, 3);
    window = Immutables.or(window, Duration.ofHours(1));
  }

  public static RecoveryBudgetConfig defaults() {
    return new RecoveryBudgetConfig(null, null, null);
  }
}
