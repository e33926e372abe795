package dev.shipgate.cli.render;

import dev.shipgate.core.Event;
import dev.shipgate.monitor.Observation;
import dev.shipgate.monitor.TargetState;
import dev.shipgate.monitor.TargetStatus;
import dev.shipgate.recovery.RecoveryEvents;
import dev.shipgate.recovery.RecoveryOutcome;
import dev.shipgate.workflow.monitor.MonitorEvents;
import dev.shipgate.workflow.monitor.MonitorReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code monitor} as text: live lines on stderr for what changes (states, incidents, recovery,
 * shutdown), and at the end a table of every target with the verdict.
 */
public final class MonitorText {
  private MonitorText() {}

  /** A live line for {@code event}, or nothing for events that are not worth a line. */
  public static void event(Event event, PrintWriter err) {
    String line =
        switch (event) {
          case MonitorEvents.Started s ->
              "monitoring " + s.targets().size() + " targets: " + String.join(", ", s.targets());
          case MonitorEvents.StateChanged c -> state(c.status());
          case MonitorEvents.IncidentOpened i ->
              "incident " + i.incidentId() + " opened for " + i.target() + " (" + i.key() + ")";
          case MonitorEvents.IncidentResolved i ->
              "incident " + i.incidentId() + " resolved: " + i.target() + " is UP";
          case RecoveryEvents.Attempted a ->
              "recovering "
                  + a.target()
                  + " ("
                  + a.action()
                  + ", attempt "
                  + a.number()
                  + " of "
                  + a.maxAttempts()
                  + ")";
          case MonitorEvents.Recovery r -> recovery(r.outcome());
          case MonitorEvents.StoreProblem p -> "warning: " + p.message();
          case MonitorEvents.InternalError e ->
              "internal error in "
                  + e.where()
                  + ": "
                  + e.error().getClass().getSimpleName()
                  + (e.error().getMessage() == null ? "" : ": " + e.error().getMessage());
          case MonitorEvents.SafeShutdown s ->
              "SAFE SHUTDOWN: "
                  + s.reason()
                  + "; stopped: "
                  + (s.stopped().isEmpty()
                      ? "nothing (no stop commands)"
                      : String.join(
                          ", ", s.stopped().stream().map(MonitorReport.Stopped::service).toList()));
          case MonitorEvents.Stopping s -> "stopping after " + s.rounds() + " rounds";
          default -> null;
        };
    if (line != null) {
      err.println("monitor: " + line);
      err.flush();
    }
  }

  private static String state(TargetStatus s) {
    Observation o = s.last();
    String why = "";
    if (s.state() == TargetState.SUPPRESSED) {
      why = " (root cause: " + s.rootCause() + " is DOWN)";
    } else if (o != null && s.state() != TargetState.UP && o.reason() != null) {
      why = ": " + o.reason() + (o.detail().isBlank() ? "" : ": " + o.detail());
    }
    return s.target() + " " + s.previous() + " -> " + s.state() + why;
  }

  private static String recovery(RecoveryOutcome o) {
    return switch (o.status()) {
      case SUCCEEDED -> "recovery of " + o.target() + " ran: " + o.detail();
      case FAILED -> "recovery of " + o.target() + " failed: " + o.detail();
      case ESCALATED -> "recovery of " + o.target() + " ESCALATED: " + o.detail();
      case DEFERRED -> "recovery of " + o.target() + " deferred: " + o.detail();
      default -> null;
    };
  }

  public static void render(MonitorReport r, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("STATE", "TARGET", "KIND", "DETAIL"));
    if (r.last() != null) {
      for (TargetStatus t : r.last().targets()) {
        Observation o = t.last();
        String detail =
            t.state() == TargetState.SUPPRESSED
                ? "root cause: " + t.rootCause()
                : o == null || o.health() == dev.shipgate.monitor.Health.PASS
                    ? (o == null ? "" : o.latencyMs() + "ms")
                    : (o.reason() == null ? "" : o.reason() + ": ") + o.detail();
        rows.add(List.of(t.state().name(), t.target(), t.kind(), detail));
      }
    }
    int[] w = new int[3];
    for (List<String> row : rows) {
      for (int i = 0; i < 3; i++) {
        w[i] = Math.max(w[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      out.println(
          String.format(
                  "%-" + w[0] + "s  %-" + w[1] + "s  %-" + w[2] + "s  %s",
                  row.get(0),
                  row.get(1),
                  row.get(2),
                  row.get(3))
              .stripTrailing());
    }
    String verdict =
        switch (r.ending()) {
          case ONCE ->
              switch (r.verdict()) {
                case PASS -> "healthy";
                case PARTIAL -> "degraded";
                case FAIL -> "unhealthy";
              };
          case STOPPED -> "stopped after " + r.rounds() + " rounds";
          case SAFE_SHUTDOWN -> "SAFE SHUTDOWN: " + r.shutdown().reason();
        };
    out.println();
    out.println(
        verdict
            + (r.ending() == MonitorReport.Ending.ONCE
                ? ""
                : "; incidents opened "
                    + r.incidentsOpened()
                    + ", resolved "
                    + r.incidentsResolved()
                    + ", recoveries "
                    + r.recoveries().size()));
    out.flush();
  }
}
