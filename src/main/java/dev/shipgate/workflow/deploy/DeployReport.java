package dev.shipgate.workflow.deploy;

import dev.shipgate.core.Failure;
import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;
import dev.shipgate.workflow.sentry.SentryReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One deploy (D5): its status, every phase with its events, what each service did, health
 * snapshots, externals, the rollback, and specific next steps. The same record on success, on
 * failure, and when shipgate itself crashed mid-run (then it holds what was known).
 *
 * @param database the sentry steps' findings (connection, migrate, expectations); null when not run
 * @param failedPhase the phase that failed; null on success
 * @param rollback what FAILURE_ROLLBACK did; null when it did not run
 * @param failureOrNull why the deploy failed; null on SUCCESS and PARTIAL
 */
public record DeployReport(
    String project,
    String environment,
    DeployStatus status,
    String runId,
    String traceId,
    Instant startedAt,
    long durationMs,
    boolean dryRun,
    Versions versions,
    List<PhaseResult> phases,
    List<ServiceRun> services,
    List<HealthSnapshot> health,
    List<ExternalCheck> externals,
    SentryReport database,
    Phase failedPhase,
    Rollback rollback,
    List<String> nextSteps,
    Failure failureOrNull)
    implements Outcome {
  public DeployReport {
    phases = List.copyOf(phases);
    services = List.copyOf(services);
    health = List.copyOf(health);
    externals = List.copyOf(externals);
    nextSteps = List.copyOf(nextSteps);
  }

  /** Versions of what was deployed and of what deployed it; git is null outside a repository. */
  public record Versions(String git, String java, String shipgate) {}

  /**
   * A service (or the tunnel) this run started.
   *
   * @param state STARTED, READY, EXITED or STOPPED
   * @param exitCode when it exited by itself
   * @param lastLines the last lines of its log (evidence), filled when the deploy failed
   */
  public record ServiceRun(
      String name,
      String role,
      long pid,
      Integer port,
      String log,
      String state,
      Integer exitCode,
      List<String> lastLines) {
    public ServiceRun {
      lastLines = List.copyOf(lastLines);
    }
  }

  /**
   * One probe's latest result during a phase: a ready check, a recovery endpoint, a tunnel layer.
   *
   * @param body an excerpt of what it answered (at most a few hundred characters), may be empty
   */
  public record HealthSnapshot(
      Phase phase,
      String target,
      String name,
      String status,
      Integer httpStatus,
      long latencyMs,
      String reason,
      String detail) {}

  public record ExternalCheck(
      String name,
      String kind,
      String status,
      long latencyMs,
      String reason,
      String detail,
      boolean optional) {}

  /**
   * What FAILURE_ROLLBACK did, within its own budget.
   *
   * @param complete everything this run started is stopped, its ports are free and every rollback
   *     command passed
   */
  public record Rollback(
      boolean complete,
      List<Stop> stopped,
      List<Command> commands,
      long durationMs,
      long budgetMs,
      boolean budgetExceeded) {
    public Rollback {
      stopped = List.copyOf(stopped);
      commands = List.copyOf(commands);
    }

    public record Stop(
        String name, String signal, boolean stopped, Integer port, Boolean portFree) {}

    public record Command(String service, int exitCode, boolean timedOut) {}
  }

  public boolean ok() {
    return status == DeployStatus.SUCCESS;
  }

  @Override
  public Verdict verdict() {
    return status.verdict();
  }

  @Override
  public Optional<Failure> failure() {
    return Optional.ofNullable(failureOrNull);
  }
}
