package dev.shipgate.config;

import java.time.Duration;
import java.util.List;

/**
 * `monitor.targets.<name>`: per-target overrides of the monitor's defaults. Every key is optional;
 * null means "the monitor's value".
 *
 * @param dependsOn targets this one depends on; replaces the built-in dependencies
 * @param optional an optional target never goes beyond DEGRADED
 * @param recover what to run when the target is DOWN
 * @param stop for a service: the command that stops it gracefully (safe shutdown)
 * @param stopTimeout how long {@code stop} may run before it is killed (default 30s)
 */
public record MonitorTargetConfig(
    Duration interval,
    Integer failureThreshold,
    Integer successThreshold,
    Boolean optional,
    List<String> dependsOn,
    RecoveryActionConfig recover,
    RecoveryBudgetConfig budget,
    String stop,
    Duration stopTimeout) {
  public MonitorTargetConfig {
    dependsOn = dependsOn == null ? null : List.copyOf(dependsOn);
    stopTimeout = Immutables.or(stopTimeout, Duration.ofSeconds(30));
  }
}
