package dev.shipgate.workflow.deploy;

import dev.shipgate.config.ServiceConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Failure;
import dev.shipgate.deploy.Ports;
import dev.shipgate.deploy.ProcessGroups;
import dev.shipgate.deploy.ServiceProcess;
import dev.shipgate.deploy.StateFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starting services (each in its own process group, output to {@code <report.dir>/<name>.log},
 * shipgate's environment merged with the service's) and stopping the ones the previous deploy left
 * running (idempotent redeploy), keeping the state file true after each.
 */
final class Services {
  static final Duration PORT_FREE_WAIT = Duration.ofSeconds(5);

  private final RunState s;

  Services(RunState s) {
    this.s = s;
  }

  void start(ServiceConfig c, int index) {
    Path cwd = c.cwd() == null ? s.config.source().baseDir() : c.cwd();
    Map<String, String> env = new HashMap<>(s.env);
    env.putAll(c.env());
    if (c.port() != null) {
      env.putIfAbsent("PORT", Integer.toString(c.port()));
    }
    env.put("SHIPGATE_DEPLOY_ID", s.context.runId());
    env.put("SHIPGATE_TRACE_ID", s.context.traceId());
    Path log = s.logDir.resolve(safe(c.name()) + ".log");
    ServiceProcess p;
    try {
      p = ServiceProcess.start(c.name(), c.start(), cwd, env, log);
    } catch (IOException e) {
      throw new Deploy.PhaseFailed(
          new Failure(
              ErrorCode.COMMAND_FAILED,
              "service "
                  + c.name()
                  + " could not be started in "
                  + cwd
                  + ": "
                  + e.getMessage()
                  + " ("
                  + s.config.source().where("services", index, "start")
                  + ")"));
    }
    Started st = new Started(c, index, p);
    s.started.add(st);
    s.states.put(c.name(), "STARTED");
    s.own(s.owned(c.name(), st.role(), p, c.port()));
    s.emit(new DeployEvents.ServiceStarted(c.name(), st.role(), p.pid(), log.toString(), c.port()));
  }

  /** Stops what the previous deploy started and still runs (not the tunnel: it is verified). */
  void stopPrevious() {
    List<StateFile.Owned> previous =
        s.ours().stream().filter(o -> !o.role().equals("tunnel")).toList();
    for (StateFile.Owned o : previous) {
      if (!o.alive()) {
        s.disown(o);
        continue;
      }
      Duration grace =
          s.config.services().stream()
              .filter(c -> c.name().equals(o.name()))
              .map(ServiceConfig::stopTimeout)
              .findFirst()
              .orElse(Duration.ofSeconds(10));
      ProcessGroups.Stopped stopped = ProcessGroups.stop(o.pgid(), grace);
      Boolean free = o.port() == null ? null : Ports.awaitFree(o.port(), PORT_FREE_WAIT);
      s.emit(
          new DeployEvents.PreviousStopped(
              o.name(), o.pid(), stopped.signal(), stopped.stopped(), free));
      if (!stopped.stopped()) {
        throw new Deploy.PhaseFailed(
            new Failure(
                ErrorCode.COMMAND_FAILED,
                "the previous deploy's "
                    + o.name()
                    + " (process group "
                    + o.pgid()
                    + ") survived SIGKILL; stop it by hand"));
      }
      s.disown(o);
      if (Boolean.FALSE.equals(free)) {
        throw new Deploy.PhaseFailed(
            new Failure(
                ErrorCode.PORT_IN_USE,
                "port "
                    + o.port()
                    + " is still in use after the previous "
                    + o.name()
                    + " stopped: another process holds it (`lsof -i :"
                    + o.port()
                    + "`)"));
      }
    }
  }

  static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
