package dev.shipgate.workflow.incidents;

import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.incidents.notify.Budget;
import dev.shipgate.incidents.notify.Notifications;
import java.time.Clock;
import java.util.Map;

/**
 * Where commands (the CLI, and deploy, serve and monitor) open the incident store: the store from
 * {@code store:} with its schema brought up to date, an {@code IncidentService}, and the notifier
 * for {@code notify:}.
 */
public final class Incidents {
  private Incidents() {}

  /** For one command: the wall clock and one {@code notify.timeout} budget for all of it. */
  public static Notifications.Opened open(ShipgateConfig config, Map<String, String> env) {
    return open(
        config, env, Clock.systemUTC(), Budget.perCommand(config.notifications().timeout()));
  }

  /** With a clock and a budget (a long-running loop: {@link Budget#perDispatch}). */
  public static Notifications.Opened open(
      ShipgateConfig config, Map<String, String> env, Clock clock, Budget budget) {
    return Notifications.open(config, env, StoreMigration.INSTANCE, clock, budget);
  }
}
