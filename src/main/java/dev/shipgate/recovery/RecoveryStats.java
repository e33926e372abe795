package dev.shipgate.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the engine knows now: the restarter lock (and who holds it) and each target's budget. {@code
 * serve} returns it at {@code GET /health/recovery-stats}.
 */
public record RecoveryStats(Instant at, LockView lock, List<TargetStats> targets) {

  /**
   * The restarter lock.
   *
   * @param kind {@code file} (SQLite store), {@code advisory} (PostgreSQL store) or {@code process}
   *     (an in-memory store)
   * @param held whether some restarter holds it now
   * @param holder who holds it ({@code host:pid label}), or null
   * @param target what the holder is recovering, or null
   * @param since when it took the lock, or null
   */
  public record LockView(String kind, boolean held, String holder, String target, Instant since) {}

  /**
   * One target's budget and history.
   *
   * @param action {@code command} or {@code trigger}
   * @param attemptsInWindow attempts within {@code window} (deferred ones do not count)
   * @param consecutiveFailures failed attempts in a row (the backoff exponent)
   * @param nextAllowedAt the earliest next attempt (null: now; escalated targets: null too)
   * @param escalatedAt when the budget was spent, or null
   */
  public record TargetStats(
      String target,
      String action,
      int attemptsInWindow,
      int maxAttempts,
      Duration window,
      Duration minInterval,
      int consecutiveFailures,
      Instant lastAttemptAt,
      String lastStatus,
      String lastDetail,
      Instant nextAllowedAt,
      Instant escalatedAt,
      long totalAttempts,
      long succeeded,
      long failed) {}
}
