package dev.shipgate.workflow.deploy;

import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.deploy.DeployLock;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.workflow.incidents.Incidents;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** {@code deploy lock status|release}: the deploy lock of this project, read or cleared. */
public final class DeployLocks {
  /**
   * @param holder who holds it (empty: free)
   * @param stale why the next deploy would take it over (empty: it would wait)
   * @param released {@code release} removed it
   */
  public record LockStatus(
      Optional<DeployLock.Owner> holder, Optional<DeployLock.Stale> stale, boolean released) {}

  private DeployLocks() {}

  public static LockStatus status(ShipgateConfig config, Map<String, String> env) {
    try (Notifications.Opened o = Incidents.open(config, env)) {
      DeployLock lock = lock(config, o);
      Optional<DeployLock.Owner> h = lock.status();
      Optional<DeployLock.Stale> stale =
          h.flatMap(
              x -> lock.staleness(x, o.service().store().isPostgres() && !lock.advisoryHeld()));
      return new LockStatus(h, stale, false);
    }
  }

  public static LockStatus release(ShipgateConfig config, Map<String, String> env) {
    try (Notifications.Opened o = Incidents.open(config, env)) {
      Optional<DeployLock.Owner> h = lock(config, o).forceRelease();
      return new LockStatus(h, Optional.empty(), h.isPresent());
    }
  }

  private static DeployLock lock(ShipgateConfig config, Notifications.Opened o) {
    return new DeployLock(
        o.service().store(),
        Notifications.project(config) + "/deploy",
        Clock.systemUTC(),
        config.deploy().lockExpiry());
  }
}
