package dev.shipgate.workflow.deploy;

import dev.shipgate.config.ServiceConfig;
import dev.shipgate.core.Failure;
import dev.shipgate.deploy.Ports;
import dev.shipgate.deploy.ProcessGroups;
import dev.shipgate.deploy.ServiceProcess;
import dev.shipgate.process.ShellCommand;
import dev.shipgate.workflow.deploy.DeployReport.Rollback.Command;
import dev.shipgate.workflow.deploy.DeployReport.Rollback.Stop;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * FAILURE_ROLLBACK (D6), within its own budget ({@code deploy.rollbackTimeout}, never what is left
 * of another phase): the evidence is already in the run (log tails are read when the report is
 * built, before anything else changes them); stop what this run started in reverse order (SIGTERM
 * to the group, the service's grace, SIGKILL), check each port is free, then run the services'
 * {@code rollback} commands. It says whether the rollback is complete.
 */
final class Rollback {
  private final RunState s;

  Rollback(RunState s) {
    this.s = s;
  }

  PhaseStatus run(Phase failed, Failure why) {
    long t0 = System.nanoTime();
    Duration budget = s.config.deploy().rollbackTimeout();
    long deadline = t0 + budget.toNanos();
    evidence();
    List<Stop> stops = new ArrayList<>();
    boolean complete = true;
    if (s.tunnel != null) {
      Stop st = stop("tunnel", s.tunnel, null, Duration.ofSeconds(10), deadline);
      stops.add(st);
      complete &= st.stopped();
      if (st.stopped()) {
        s.disown(s.owned("tunnel", "tunnel", s.tunnel, null));
      }
    }
    for (int i = s.started.size() - 1; i >= 0; i--) {
      Started x = s.started.get(i);
      Stop st = stop(x.name(), x.process(), x.config().port(), x.config().stopTimeout(), deadline);
      stops.add(st);
      complete &= st.stopped() && !Boolean.FALSE.equals(st.portFree());
      if (st.stopped()) {
        s.disown(s.owned(x.name(), x.role(), x.process(), x.config().port()));
        if (!"EXITED".equals(s.states.get(x.name()))) {
          s.states.put(x.name(), "STOPPED");
        }
      }
    }
    List<Command> commands = new ArrayList<>();
    for (int i = s.started.size() - 1; i >= 0; i--) {
      ServiceConfig c = s.started.get(i).config();
      if (c.rollback() == null || c.rollback().isBlank()) {
        continue;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        complete = false;
        break;
      }
      Command cmd = command(c, Duration.ofNanos(left));
      commands.add(cmd);
      complete &= cmd.exitCode() == 0 && !cmd.timedOut();
    }
    boolean exceeded = System.nanoTime() - deadline > 0;
    s.rollback =
        new DeployReport.Rollback(
            complete && !exceeded,
            stops,
            commands,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
            budget.toMillis(),
            exceeded);
    return complete && !exceeded ? PhaseStatus.PASS : PhaseStatus.FAIL;
  }

  /** Log tails are captured before any process is stopped (SIGTERM handlers log too). */
  private void evidence() {
    for (Started x : s.started) {
      s.evidence.put(
          x.name(),
          s.redactAll(
              dev.shipgate.deploy.LogTail.last(x.process().log(), RunState.EVIDENCE_LINES)));
    }
  }

  private Stop stop(String name, ServiceProcess p, Integer port, Duration grace, long deadline) {
    long left = Math.max(0, deadline - System.nanoTime());
    Duration g = grace.toNanos() < left ? grace : Duration.ofNanos(left);
    ProcessGroups.Stopped st = p.stop(g);
    Boolean free = null;
    if (port != null) {
      long rest = Math.max(0, deadline - System.nanoTime());
      free =
          Ports.awaitFree(
              port, Duration.ofNanos(Math.min(rest, Services.PORT_FREE_WAIT.toNanos())));
    }
    s.emit(new DeployEvents.ServiceStopped(name, st.signal(), st.stopped(), port, free));
    return new Stop(name, st.signal().name(), st.stopped(), port, free);
  }

  private Command command(ServiceConfig c, Duration timeout) {
    Path cwd = c.cwd() == null ? s.config.source().baseDir() : c.cwd();
    Map<String, String> env = new HashMap<>(s.env);
    env.putAll(c.env());
    env.put("SHIPGATE_DEPLOY_ID", s.context.runId());
    ShellCommand.Result r;
    try {
      r = ShellCommand.run(c.rollback(), cwd, env, timeout, line -> {});
    } catch (IOException e) {
      r = new ShellCommand.Result(127, false, Duration.ZERO);
    }
    s.emit(new DeployEvents.RollbackCommandRan(c.name(), r.exitCode(), r.timedOut()));
    return new Command(c.name(), r.exitCode(), r.timedOut());
  }
}
