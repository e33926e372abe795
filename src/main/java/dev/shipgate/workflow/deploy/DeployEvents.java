package dev.shipgate.workflow.deploy;

import dev.shipgate.core.Event;
import dev.shipgate.deploy.DeployLock;
import dev.shipgate.deploy.ProcessGroups;
import java.util.List;

/**
 * What a deploy reports as it goes. Each is recorded in the report under the phase that emitted it
 * (except {@link PhaseStarted} and {@link PhaseFinished}, which frame the phases), and the CLI
 * prints them live.
 */
public final class DeployEvents {
  private DeployEvents() {}

  public record Started(
      String project, String environment, String runId, String traceId, boolean dryRun)
      implements Event {}

  public record PhaseStarted(Phase phase, long atMs) implements Event {}

  public record PhaseFinished(PhaseResult result) implements Event {}

  /** A PRECHECK item passed: {@code check} is env, errorTracking, writable, artifact or port. */
  public record CheckPassed(String check, String subject) implements Event {}

  /** An artifact was missing and its generate command ran. */
  public record ArtifactGenerated(String path, int exitCode, boolean created) implements Event {}

  /** The deploy lock is ours; {@code previous} is the stale holder taken over (null: none). */
  public record LockTaken(String runId, DeployLock.Owner previous, DeployLock.Stale why)
      implements Event {}

  /** Another deploy holds the lock; waiting up to {@code lockWaitMs}. */
  public record LockWaiting(DeployLock.Owner holder, long waitedMs, long lockWaitMs)
      implements Event {}

  /** A sentry step (env, connect, migrate, expectations) ended. */
  public record DbStep(String name, boolean ok, long durationMs) implements Event {}

  /** The database answered: product, version and the latency baseline. */
  public record DbConnected(String url, String product, String version, double latencyMs)
      implements Event {}

  /** A process the previous deploy started was stopped before this one starts its own. */
  public record PreviousStopped(
      String name, long pid, ProcessGroups.Signal signal, boolean stopped, Boolean portFree)
      implements Event {}

  public record ServiceStarted(String name, String role, long pid, String log, Integer port)
      implements Event {}

  public record ServiceReady(String name, long elapsedMs, int rounds) implements Event {}

  /** A ready check still failing: the "why still waiting" line. */
  public record Pending(String check, String reason, String detail) {}

  public record StillWaiting(String service, long elapsedMs, long timeoutMs, List<Pending> pending)
      implements Event {}

  /** A service's process exited while shipgate waited on it. */
  public record ServiceExited(String name, Integer exitCode, List<String> lastLines)
      implements Event {}

  /** {@code recover.stats} was read. */
  public record RecoverStats(String service, String status, Integer httpStatus, String detail)
      implements Event {}

  /** {@code recover.trigger} answered 429: waiting {@code retryAfterMs} before the one trigger. */
  public record RecoverDelayed(String service, long retryAfterMs) implements Event {}

  /** {@code recover.trigger} was called (once per service per deploy). */
  public record RecoverTriggered(String service, Integer httpStatus, String detail)
      implements Event {}

  /** One tunnel layer was tested. */
  public record TunnelLayer(TunnelStage.Layer layer, boolean ok, String detail) implements Event {}

  public record TunnelStarted(long pid, String log) implements Event {}

  /** The tunnel runs but does not route: restarting it once. */
  public record TunnelRestarting(TunnelStage.Layer failedLayer, boolean stoppedOld)
      implements Event {}

  public record ExternalChecked(
      String name, String status, long latencyMs, String reason, boolean optional)
      implements Event {}

  /** Rollback stopped a process this run started. */
  public record ServiceStopped(
      String name, ProcessGroups.Signal signal, boolean stopped, Integer port, Boolean portFree)
      implements Event {}

  /** A {@code services[].rollback} command ended. */
  public record RollbackCommandRan(String service, int exitCode, boolean timedOut)
      implements Event {}

  public record IncidentRecorded(long incidentId, String transition) implements Event {}

  public record IncidentResolved(long incidentId) implements Event {}

  /** The incident store could not be written; the deploy's verdict does not change. */
  public record IncidentNotRecorded(String reason) implements Event {}

  public record ReportWritten(String path) implements Event {}

  /** The report files could not be written. */
  public record ReportNotWritten(String reason) implements Event {}
}
