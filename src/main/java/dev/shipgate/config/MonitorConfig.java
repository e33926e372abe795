package dev.shipgate.config;

import java.time.Duration;
import java.util.Map;

/**
 * `monitor:` how {@code shipgate monitor} checks its targets and when it acts.
 *
 * @param interval how often each target is checked (default 30s)
 * @param failureThreshold failures in a row before a target is DOWN (default 3)
 * @param successThreshold passes in a row before a DOWN target is UP again (default 2)
 * @param startupGrace failures in this long after start count as DEGRADED only (default 0s)
 * @param shutdownOnPersistentFailure stop the services and exit 1 when the database is DOWN and its
 *     recovery budget is spent
 * @param budget the recovery budget of every target (a target's own {@code budget} replaces it)
 * @param targets per-target overrides, by target name
 */
public record MonitorConfig(
    Duration interval,
    Integer failureThreshold,
    Integer successThreshold,
    Duration startupGrace,
    Boolean shutdownOnPersistentFailure,
    RecoveryBudgetConfig budget,
    Map<String, MonitorTargetConfig> targets) {
  public MonitorConfig {
    interval = Immutables.or(interval, Duration.ofSeconds(30));
    failureThreshold = Immutables.or(failureThreshold, 3);
    successThreshold = Immutables.or(successThreshold, 2);
    startupGrace = Immutables.or(startupGrace, Duration.ZERO);
    shutdownOnPersistentFailure = Immutables.or(shutdownOnPersistentFailure, Boolean.FALSE);
    budget = Immutables.or(budget, RecoveryBudgetConfig.defaults());
    targets = Immutables.map(targets);
  }

  public static MonitorConfig defaults() {
    return new MonitorConfig(null, null, null, null, null, null, null);
  }

  /** The overrides of {@code target}, or an empty set of overrides. */
  public MonitorTargetConfig target(String target) {
    MonitorTargetConfig t = targets.get(target);
    return t != null
        ? t
        : new MonitorTargetConfig(null, null, null, null, null, null, null, null, null);
  }
}
