package dev.shipgate.workflow.monitor;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.recovery.RecoveryEngine;
import dev.shipgate.recovery.RecoveryTarget;
import dev.shipgate.store.Store;
import java.time.Clock;
import java.util.List;

/**
 * The recovery engine for the config's targets: what {@code monitor} uses and what {@code serve}'s
 * {@code POST /health/recover} and {@code GET /health/recovery-stats} expose. Open the store with
 * {@code workflow.incidents.Incidents} first (its schema includes the recovery tables).
 */
public final class Recovery {
  private Recovery() {}

  /** Every target with a {@code recover:} action (or a service's {@code recover.trigger}). */
  public static List<RecoveryTarget> targets(ShipgateConfig config) {
    return MonitorTargets.of(config).stream()
        .map(MonitoredTarget::recovery)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /**
   * @param label who runs it ({@code monitor}, {@code serve}): shown as the lock holder
   */
  public static RecoveryEngine open(
      ShipgateConfig config,
      Store store,
      Redactor redactor,
      Clock clock,
      Events events,
      String label) {
    return RecoveryEngine.open(store, targets(config), redactor, clock, events, label);
  }
}
