package dev.shipgate.workflow.health;

import dev.shipgate.config.MonitorTargetConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.recovery.RecoveryAction;
import dev.shipgate.recovery.RecoveryEngine;
import dev.shipgate.recovery.RecoveryOutcome;
import dev.shipgate.recovery.RecoveryStats;
import dev.shipgate.recovery.RecoveryTarget;
import dev.shipgate.store.Store;
import dev.shipgate.workflow.incidents.StoreMigration;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code serve}'s recovery: the monitor's targets ({@code monitor.targets.<name>.recover}) under
 * the same restarter lock and budgets, kept in the store (its own connection), so {@code serve} and
 * {@code monitor} never restart the same thing twice. What to recover is what the latest snapshot
 * shows failing: {@code database}, {@code tunnel}, or a check, external or agent by name.
 */
public final class RecoveryDesk implements AutoCloseable {
  private final Store store;
  private final RecoveryEngine engine;

  private RecoveryDesk(Store store, RecoveryEngine engine) {
    this.store = store;
    this.engine = engine;
  }

  /** Null when no monitor target has a {@code recover:} action. */
  public static RecoveryDesk open(
      ShipgateConfig config, Redactor redactor, Clock clock, Events events) {
    List<RecoveryTarget> targets = targets(config);
    if (targets.isEmpty()) {
      return null;
    }
    Store store = Store.open(Store.url(config), StoreMigration.INSTANCE);
    try {
      return new RecoveryDesk(
          store, RecoveryEngine.open(store, targets, redactor, clock, events, "serve"));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  static List<RecoveryTarget> targets(ShipgateConfig config) {
    List<RecoveryTarget> out = new ArrayList<>();
    for (Map.Entry<String, MonitorTargetConfig> e : config.monitor().targets().entrySet()) {
      var r = e.getValue().recover();
      if (r == null) {
        continue;
      }
      RecoveryAction action =
          r.command() != null && !r.command().isBlank()
              ? new RecoveryAction.Command(
                  r.command(), config.source().baseDir(), Map.of(), r.timeout())
              : r.trigger() != null && !r.trigger().isBlank()
                  ? new RecoveryAction.Trigger(URI.create(r.trigger().strip()), r.timeout())
                  : null;
      if (action == null) {
        continue;
      }
      var budget =
          e.getValue().budget() != null ? e.getValue().budget() : config.monitor().budget();
      out.add(new RecoveryTarget(e.getKey(), action, budget));
    }
    return out;
  }

  /** What was failing and what each attempt did. */
  public record Recovered(List<String> failing, List<RecoveryOutcome> outcomes) {
    public Recovered {
      failing = List.copyOf(failing);
      outcomes = List.copyOf(outcomes);
    }
  }

  /**
   * Attempts recovery of every failing target that has an action ({@code only}: just that one,
   * failing or not).
   */
  public Recovered recover(HealthSnapshot s, String only) {
    List<String> failing = failing(s);
    List<RecoveryOutcome> outcomes = new ArrayList<>();
    if (only != null) {
      outcomes.add(engine.attempt(only));
    } else {
      for (String t : failing) {
        if (engine.targets().contains(t)) {
          outcomes.add(engine.attempt(t));
        }
      }
    }
    return new Recovered(failing, outcomes);
  }

  public RecoveryStats stats() {
    return engine.stats();
  }

  /** The names of what the snapshot shows failing. */
  static List<String> failing(HealthSnapshot s) {
    List<String> out = new ArrayList<>();
    if (HealthStatus.database(s.database()) == Condition.UNHEALTHY) {
      out.add("database");
    }
    if (HealthStatus.tunnel(s.tunnel()) == Condition.UNHEALTHY) {
      out.add("tunnel");
    }
    if (s.probes() != null && s.probes().value() != null) {
      for (ProbeResult r : s.probes().value().results()) {
        if (r.status() == ProbeStatus.FAIL || r.status() == ProbeStatus.DEGRADED) {
          out.add(r.name());
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    engine.close();
    store.close();
  }
}
