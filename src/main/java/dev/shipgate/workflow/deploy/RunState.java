package dev.shipgate.workflow.deploy;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Event;
import dev.shipgate.core.Events;
import dev.shipgate.core.Failure;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.deploy.DeployLock;
import dev.shipgate.deploy.LogTail;
import dev.shipgate.deploy.ServiceProcess;
import dev.shipgate.deploy.StateFile;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.RunContext;
import dev.shipgate.workflow.deploy.DeployReport.HealthSnapshot;
import dev.shipgate.workflow.deploy.DeployReport.ServiceRun;
import dev.shipgate.workflow.sentry.SentryReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Everything one deploy run knows so far: phases and their events, the processes it started, the
 * lock, the state file, probe results. Shared by the phase steps of one run (one thread, plus the
 * lock's heartbeat).
 */
final class RunState {
  static final int EVIDENCE_LINES = 50;

  final ShipgateConfig config;
  final Map<String, String> env;
  final Redactor redactor;
  final Events out;
  final Clock clock;
  final DeployOptions options;
  final RunContext context;
  final ProbeRunner runner;
  final long t0 = System.nanoTime();
  final Instant startedAt;
  final StateFile stateFile;
  final Path logDir;

  final List<PhaseResult> phases = new ArrayList<>();
  final List<Started> started = new ArrayList<>();
  final List<HealthSnapshot> health = new ArrayList<>();
  final List<DeployReport.ExternalCheck> externals = new ArrayList<>();
  final Map<String, Integer> exitCodes = new java.util.HashMap<>();
  final Map<String, String> states = new java.util.HashMap<>();
  final Map<Phase, Boolean> ran = new EnumMap<>(Phase.class);
  final Map<String, List<String>> evidence = new java.util.HashMap<>();
  StateFile.State state;
  SentryReport database;
  ServiceProcess tunnel;
  DeployReport.Rollback rollback;
  boolean partial;
  volatile boolean aborted;

  Notifications.Opened incidents;
  DeployLock lock;
  Thread heartbeat;
  boolean lockHeld;

  private Phase current;
  private Instant currentStart;
  private long currentT0;
  private List<PhaseResult.Stamped> currentEvents = new ArrayList<>();

  RunState(
      ShipgateConfig config,
      Map<String, String> env,
      Redactor redactor,
      Events out,
      Clock clock,
      DeployOptions options,
      RunContext context,
      ProbeRunner runner) {
    this.config = config;
    this.env = env;
    this.redactor = redactor;
    this.out = out;
    this.clock = clock;
    this.options = options;
    this.context = context;
    this.runner = runner;
    this.startedAt = clock.instant();
    Path base = config.source().baseDir();
    this.stateFile = new StateFile(base.resolve(".shipgate"));
    this.logDir = config.report().dir();
    this.state = new StateFile.State(null, null, List.of());
  }

  long elapsedMs() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
  }

  /** Records {@code e} under the current phase and passes it on. */
  synchronized void emit(Event e) {
    if (current != null) {
      currentEvents.add(new PhaseResult.Stamped(elapsedMs(), e));
    }
    out.emit(e);
  }

  Phase currentPhase() {
    return current;
  }

  Phase phaseNow() {
    return current;
  }

  boolean ran(Phase p) {
    return ran.containsKey(p);
  }

  /** Runs one phase; returns its failure, or null when it passed or had nothing to do. */
  Failure phase(Phase p, Deploy.Body body) {
    begin(p);
    PhaseStatus status;
    Failure failure = null;
    try {
      status = body.run();
    } catch (Deploy.PhaseFailed f) {
      status = PhaseStatus.FAIL;
      failure = f.failure();
    } catch (ShipgateException e) {
      status = PhaseStatus.FAIL;
      failure = e.failure();
    }
    if (failure == null && aborted && p != Phase.FAILURE_ROLLBACK && p != Phase.SUCCESS) {
      status = PhaseStatus.FAIL;
      failure = new Failure(ErrorCode.INTERRUPTED, "deploy interrupted by a signal during " + p);
    }
    end(status, failure);
    return failure;
  }

  /** A crash left a phase open: close it as failed. */
  void closeCrashedPhase(Failure failure) {
    if (current != null) {
      end(PhaseStatus.FAIL, failure);
    }
  }

  void skip(Phase p) {
    ran.put(p, true);
    phases.add(new PhaseResult(p, PhaseStatus.SKIP, null, 0, List.of(), null));
  }

  private void begin(Phase p) {
    synchronized (this) {
      current = p;
      currentStart = clock.instant();
      currentT0 = System.nanoTime();
      currentEvents = new ArrayList<>();
      ran.put(p, true);
    }
    out.emit(new DeployEvents.PhaseStarted(p, elapsedMs()));
  }

  private void end(PhaseStatus status, Failure failure) {
    PhaseResult r;
    synchronized (this) {
      r =
          new PhaseResult(
              current,
              status,
              currentStart,
              TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - currentT0),
              currentEvents,
              failure);
      phases.add(r);
      current = null;
    }
    out.emit(new DeployEvents.PhaseFinished(r));
  }

  /** Adds a process this run owns to the state file (at once: a kill -9 must not lose it). */
  void own(StateFile.Owned o) {
    state = state.with(o).ownedBy(context.runId());
    saveState();
  }

  void disown(StateFile.Owned o) {
    state = state.without(o);
    saveState();
  }

  void saveState() {
    try {
      stateFile.write(state);
    } catch (IOException e) {
      throw new Deploy.PhaseFailed(
          new Failure(
              ErrorCode.NOT_FOUND,
              "cannot write " + stateFile.path() + ": " + e.getMessage() + "; check permissions"));
    }
  }

  StateFile.Owned owned(String name, String role, ServiceProcess p, Integer port) {
    return new StateFile.Owned(
        name,
        role,
        p.pid(),
        p.pgid(),
        port,
        p.startedAt().toString(),
        p.log().toString(),
        dev.shipgate.incidents.notify.Notifications.project(config));
  }

  /** The state file's processes that belong to this project. */
  List<StateFile.Owned> ours() {
    String project = dev.shipgate.incidents.notify.Notifications.project(config);
    return state.processes().stream().filter(o -> o.of(project)).toList();
  }

  void releaseLock() {
    if (heartbeat != null) {
      heartbeat.interrupt();
    }
    if (lockHeld && lock != null) {
      try {
        lock.release(context.runId());
      } catch (ShipgateException e) {
        // the lock expires by itself; the report says the deploy's outcome
      }
      lockHeld = false;
    }
  }

  void closeIncidents() {
    if (incidents != null) {
      try {
        incidents.close();
      } catch (RuntimeException e) {
        // closing a store connection is best effort
      }
    }
  }

  DeployReport report(DeployStatus status, Phase failed, Failure failure) {
    List<ServiceRun> runs = new ArrayList<>();
    for (Started x : started) {
      runs.add(run(x.name(), x.role(), x.process(), x.config().port(), failure != null));
    }
    if (tunnel != null) {
      runs.add(run("tunnel", "tunnel", tunnel, null, failure != null));
    }
    return new DeployReport(
        config.project(),
        config.environment(),
        status,
        context.runId(),
        context.traceId(),
        startedAt,
        elapsedMs(),
        options.dryRun(),
        Deploy.versions(config.source().baseDir()),
        phases,
        runs,
        health,
        externals,
        database,
        failed,
        rollback,
        NextSteps.of(this, status, failed, failure),
        failure);
  }

  private ServiceRun run(
      String name, String role, ServiceProcess p, Integer port, boolean evidence) {
    Integer code = exitCodes.get(name);
    String st = states.getOrDefault(name, p.isAlive() ? "STARTED" : "EXITED");
    return new ServiceRun(
        name,
        role,
        p.pid(),
        port,
        p.log().toString(),
        st,
        code,
        evidence
            ? this.evidence.getOrDefault(name, redactAll(LogTail.last(p.log(), EVIDENCE_LINES)))
            : List.of());
  }

  List<String> redactAll(List<String> lines) {
    return lines.stream().map(redactor::redact).toList();
  }

  Path writeReport(DeployReport report) {
    try {
      Path p = sink.write(report);
      if (p != null) {
        out.emit(new DeployEvents.ReportWritten(p.toString()));
      }
      return p;
    } catch (IOException | RuntimeException e) {
      out.emit(new DeployEvents.ReportNotWritten(String.valueOf(e.getMessage())));
      return null;
    }
  }

  ReportSink sink;
  DatabaseStep.Shared sentryRun;
}
