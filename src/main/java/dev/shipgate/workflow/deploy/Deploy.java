package dev.shipgate.workflow.deploy;

import dev.shipgate.config.Redactor;
import dev.shipgate.config.ServiceRole;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.Failure;
import dev.shipgate.core.ShipgateVersion;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import dev.shipgate.probe.RunContext;
import dev.shipgate.process.ShellCommand;
import dev.shipgate.workflow.deploy.DeployReport.HealthSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The deploy state machine (D1): runs {@link Phase#FORWARD} in order, each as a phase with its
 * events, and on the first failure goes to FAILURE_ROLLBACK (evidence, then stop what this run
 * started, in reverse, within its own budget). Whatever happens, including a crash of shipgate
 * itself or SIGINT/SIGTERM, it releases the lock, writes the report through the {@link ReportSink},
 * and records (or resolves) the deploy's incident.
 */
public final class Deploy {
  private final ShipgateConfig config;
  private final Map<String, String> env;
  private final Redactor redactor;
  private final Events events;
  private final Clock clock;
  private final DeployOptions options;
  private final ReportSink sink;

  public Deploy(
      ShipgateConfig config,
      Map<String, String> env,
      Redactor redactor,
      Events events,
      Clock clock,
      DeployOptions options,
      ReportSink sink) {
    this.config = config;
    this.env = env;
    this.redactor = redactor;
    this.events = events;
    this.clock = clock;
    this.options = options;
    this.sink = sink;
  }

  public DeployReport run() {
    RunContext context = RunContext.create(redactor);
    try (ProbeRunner runner = new ProbeRunner(context)) {
      RunState s = new RunState(config, env, redactor, events, clock, options, context, runner);
      s.sink = sink;
      CountDownLatch done = new CountDownLatch(1);
      Thread main = Thread.currentThread();
      Thread hook =
          new Thread(
              () -> {
                s.aborted = true;
                main.interrupt();
                try {
                  done.await(
                      config.deploy().rollbackTimeout().toMillis() + 10_000, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "shipgate-deploy-signal");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        return new Machine(s).run();
      } finally {
        done.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is shutting down (a signal): the hook is running and waits for us
        }
      }
    }
  }

  /** The phases, in order, and what ends a run. */
  private final class Machine {
    private final RunState s;

    Machine(RunState s) {
      this.s = s;
    }

    DeployReport run() {
      s.emit(
          new DeployEvents.Started(
              config.project(),
              config.environment(),
              s.context.runId(),
              s.context.traceId(),
              options.dryRun()));
      Failure failure = null;
      Phase failed = null;
      try {
        for (Phase p : Phase.FORWARD) {
          if (options.dryRun() && p != Phase.PRECHECK) {
            s.skip(p);
            continue;
          }
          failure = s.phase(p, () -> body(p));
          if (failure != null) {
            failed = p;
            break;
          }
        }
      } catch (RuntimeException | Error crash) {
        // a bug in shipgate: what is known still goes into the report, and we still roll back
        failed = s.currentPhase() == null ? Phase.PRECHECK : s.currentPhase();
        failure =
            new Failure(
                ErrorCode.INTERNAL,
                "shipgate crashed in "
                    + failed
                    + ": "
                    + crash.getClass().getSimpleName()
                    + (crash.getMessage() == null ? "" : ": " + crash.getMessage()));
        s.closeCrashedPhase(failure);
      }
      if (failure == null && s.aborted) {
        failed = Phase.EXTERNAL_VERIFY;
        failure = new Failure(ErrorCode.INTERRUPTED, "deploy interrupted by a signal");
      }
      Thread.interrupted(); // a signal must not cut the rollback short
      DeployStatus status;
      if (failure != null) {
        for (Phase p : Phase.FORWARD) {
          if (!s.ran(p)) {
            s.skip(p);
          }
        }
        Failure f = failure;
        Phase fp = failed;
        s.phase(Phase.FAILURE_ROLLBACK, () -> new Rollback(s).run(fp, f));
        status = DeployStatus.FAILURE;
      } else {
        status = s.partial ? DeployStatus.PARTIAL : DeployStatus.SUCCESS;
        s.phase(Phase.SUCCESS, () -> PhaseStatus.PASS);
      }
      s.releaseLock();
      DeployReport report = s.report(status, failed, failure);
      Path written = s.writeReport(report);
      new IncidentStep(s).record(report, written);
      s.closeIncidents();
      return report;
    }

    private PhaseStatus body(Phase p) {
      return switch (p) {
        case PRECHECK -> new Precheck(s).run();
        case DB_VALIDATE -> new DatabaseStep(s).validate();
        case MIGRATE_VERIFY -> new DatabaseStep(s).migrate();
        case BACKEND_START -> startServices(false);
        case BACKEND_READY_GATE -> gate(false);
        case FRONTEND_START -> frontends();
        case TUNNEL_START_OR_VERIFY -> new TunnelStep(s).run();
        case EXTERNAL_VERIFY -> externals();
        default -> throw new IllegalStateException("not a forward phase: " + p);
      };
    }

    private PhaseStatus startServices(boolean frontend) {
      if (!frontend) {
        new Services(s).stopPrevious();
      }
      List<Integer> chosen = chosen(frontend);
      if (chosen.isEmpty()) {
        return PhaseStatus.SKIP;
      }
      Services services = new Services(s);
      for (int i : chosen) {
        services.start(config.services().get(i), i);
      }
      return PhaseStatus.PASS;
    }

    private List<Integer> chosen(boolean frontend) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < config.services().size(); i++) {
        boolean isFrontend = config.services().get(i).role() == ServiceRole.FRONTEND;
        if (isFrontend == frontend) {
          out.add(i);
        }
      }
      return out;
    }

    private PhaseStatus gate(boolean frontend) {
      List<Started> gated =
          s.started.stream()
              .filter(x -> (x.config().role() == ServiceRole.FRONTEND) == frontend)
              .toList();
      if (gated.isEmpty()) {
        return PhaseStatus.SKIP;
      }
      new Recovery(s).gate(gated, s.phaseNow());
      return PhaseStatus.PASS;
    }

    private PhaseStatus frontends() {
      PhaseStatus started = startServices(true);
      if (started == PhaseStatus.SKIP) {
        return PhaseStatus.SKIP;
      }
      return gate(true);
    }

    private PhaseStatus externals() {
      var probes = new ArrayList<dev.shipgate.probe.Probe>();
      var src = config.source();
      for (int i = 0; i < config.externals().size(); i++) {
        probes.add(
            dev.shipgate.probe.external.ExternalProbes.of(config.externals().get(i), i, src));
      }
      for (int i = 0; i < config.agents().size(); i++) {
        probes.add(dev.shipgate.probe.agent.AgentProbes.of(config.agents().get(i), i, src));
      }
      if (probes.isEmpty()) {
        return PhaseStatus.SKIP;
      }
      List<ProbeResult> results = s.runner.runAll(probes, null);
      List<String> hard = new ArrayList<>();
      for (ProbeResult r : results) {
        s.externals.add(
            new DeployReport.ExternalCheck(
                r.name(),
                r.kind().name().toLowerCase(java.util.Locale.ROOT),
                r.status().name(),
                r.latencyMs(),
                r.reason() == null ? null : r.reason().name(),
                r.detail(),
                r.optional()));
        s.emit(
            new DeployEvents.ExternalChecked(
                r.name(),
                r.status().name(),
                r.latencyMs(),
                r.reason() == null ? null : r.reason().name(),
                r.optional()));
        if (r.isHardFailure()) {
          hard.add(
              r.name()
                  + " ("
                  + (r.reason() == null ? "" : r.reason().name() + ": ")
                  + r.detail()
                  + ")");
        } else if (r.status() == ProbeStatus.FAIL || r.status() == ProbeStatus.DEGRADED) {
          s.partial = true;
        }
      }
      if (!hard.isEmpty()) {
        throw new PhaseFailed(
            new Failure(
                ErrorCode.EXTERNAL_FAILED,
                "required externals failed: " + String.join("; ", hard)));
      }
      return PhaseStatus.PASS;
    }
  }

  /** A phase's body ends with this when it failed; the failure says what, where, how to fix. */
  static final class PhaseFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Failure failure;

    PhaseFailed(Failure failure) {
      super(failure.message(), null, false, false);
      this.failure = failure;
    }

    Failure failure() {
      return failure;
    }
  }

  /** What one body of a phase does; SKIP when there was nothing to do. */
  @FunctionalInterface
  interface Body {
    PhaseStatus run();
  }

  /** Versions for the report: the project's git commit, Java, shipgate. */
  static DeployReport.Versions versions(Path dir) {
    String[] commit = {null};
    try {
      ShellCommand.Result r =
          ShellCommand.run(
              "git rev-parse HEAD",
              dir,
              Map.of(),
              Duration.ofSeconds(3),
              line -> {
                if (line.matches("[0-9a-f]{40}")) {
                  commit[0] = line;
                }
              });
      if (!r.ok()) {
        commit[0] = null;
      }
    } catch (java.io.IOException e) {
      commit[0] = null;
    }
    return new DeployReport.Versions(
        commit[0], System.getProperty("java.version"), ShipgateVersion.get());
  }

  static HealthSnapshot snapshot(Phase phase, String target, ProbeResult r) {
    return new HealthSnapshot(
        phase,
        target,
        r.name(),
        r.status().name(),
        r.httpStatus(),
        r.latencyMs(),
        r.reason() == null ? null : r.reason().name(),
        r.detail());
  }
}
