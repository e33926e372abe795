package dev.shipgate.workflow.monitor;

import dev.shipgate.incidents.Category;
import dev.shipgate.monitor.TargetPolicy;
import dev.shipgate.recovery.RecoveryTarget;
import java.time.Duration;

/**
 * A target as the loop runs it: how it is judged, how it is checked, what recovers it, what stops
 * it (a service, for safe shutdown).
 *
 * @param recovery null when it has no {@code recover:}
 * @param stop null when it has no stop command
 */
record MonitoredTarget(
    TargetPolicy policy,
    TargetCheck check,
    Category category,
    RecoveryTarget recovery,
    String stop,
    Duration stopTimeout) {
  String name() {
    return policy.name();
  }
}
