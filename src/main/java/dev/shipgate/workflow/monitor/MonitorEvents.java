package dev.shipgate.workflow.monitor;

import dev.shipgate.core.Event;
import dev.shipgate.monitor.TargetStatus;
import dev.shipgate.recovery.RecoveryOutcome;
import java.util.List;

/** What the monitor loop reports while it runs (logged as JSON lines, printed live in text). */
public final class MonitorEvents {
  private MonitorEvents() {}

  /** The loop started with these targets. */
  public record Started(List<String> targets, String traceId) implements Event {}

  /** A target's shown state changed. */
  public record StateChanged(TargetStatus status, String traceId) implements Event {}

  /** One round is done. */
  public record RoundDone(int round, int up, int degraded, int down, int suppressed, long tookMs)
      implements Event {}

  /** A DOWN target opened (or bumped) its incident. */
  public record IncidentOpened(String target, long incidentId, String key) implements Event {}

  /** A target came back and its incident was resolved. */
  public record IncidentResolved(String target, long incidentId, String key) implements Event {}

  /** A recovery call and what it did. */
  public record Recovery(RecoveryOutcome outcome) implements Event {}

  /** The store could not be written; the loop goes on. */
  public record StoreProblem(String message) implements Event {}

  /** A bug in a round; the loop goes on. */
  public record InternalError(String where, Throwable error) implements Event {}

  /** Safe shutdown: the database stays DOWN and its recovery budget is spent. */
  public record SafeShutdown(String reason, List<MonitorReport.Stopped> stopped) implements Event {}

  /** The loop stopped on request (SIGTERM). */
  public record Stopping(int rounds) implements Event {}
}
