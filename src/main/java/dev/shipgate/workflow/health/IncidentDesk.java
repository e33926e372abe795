package dev.shipgate.workflow.health;

import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentQuery;
import dev.shipgate.incidents.IncidentRecorder;
import dev.shipgate.incidents.Severity;
import dev.shipgate.incidents.Timeline;
import dev.shipgate.incidents.notify.Budget;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.workflow.incidents.Incidents;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's one handle on the incident store ({@code store:}), opened at start-up and used by
 * one caller at a time (the store holds one connection). Every instance of {@code serve} on the
 * same store sees the same incidents: nothing is kept here.
 */
public final class IncidentDesk implements AutoCloseable {
  /** Open incidents, with their timelines, that a snapshot carries. */
  static final int OPEN_SHOWN = 20;

  private final Notifications.Opened opened;
  private final String project;

  private IncidentDesk(Notifications.Opened opened, String project) {
    this.opened = opened;
    this.project = project;
  }

  public static IncidentDesk open(ShipgateConfig config, Map<String, String> env, Clock clock) {
    Notifications.Opened o =
        Incidents.open(config, env, clock, Budget.perDispatch(config.notifications().timeout()));
    return new IncidentDesk(o, Notifications.project(config));
  }

  public synchronized List<Incident> list(boolean openOnly, int limit) {
    return opened.service().list(new IncidentQuery(openOnly, null, limit));
  }

  public synchronized Optional<Timeline> show(long id) {
    return opened.service().show(id);
  }

  /** Records (or resolves) {@code outcomes} under {@code project/command/target}. */
  public synchronized IncidentRecorder.Recorded record(
      String command, List<IncidentRecorder.TargetOutcome> outcomes, boolean runPassed) {
    return new IncidentRecorder(opened.service()).run(project, command, outcomes, runPassed);
  }

  /** Open incidents (newest first, with timelines) and the count open per severity. */
  synchronized IncidentsState state() {
    List<Incident> open = opened.service().list(new IncidentQuery(true, null, 1000));
    Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0L);
    }
    open.forEach(i -> bySeverity.merge(i.severity(), 1L, Long::sum));
    List<Timeline> shown = new ArrayList<>();
    for (Incident i : open.subList(0, Math.min(OPEN_SHOWN, open.size()))) {
      opened.service().show(i.id()).ifPresent(shown::add);
    }
    return new IncidentsState(shown, bySeverity, open.size());
  }

  @Override
  public synchronized void close() {
    opened.close();
  }
}
