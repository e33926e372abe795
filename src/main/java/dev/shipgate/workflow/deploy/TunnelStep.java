package dev.shipgate.workflow.deploy;

import dev.shipgate.config.TunnelConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Failure;
import dev.shipgate.deploy.ProcessGroups;
import dev.shipgate.deploy.ServiceProcess;
import dev.shipgate.deploy.StateFile;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.workflow.deploy.TunnelStage.Layer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * TUNNEL_START_OR_VERIFY (D4). Not running: start it ({@code tunnel.start}). Running: test the
 * layers until they pass or {@code tunnel.readyTimeout}; still not routing: restart it once
 * (stopping the old one first when shipgate owns it), test again, then fail naming the layer.
 */
final class TunnelStep {
  private static final Duration POLL = Duration.ofMillis(100);

  private final RunState s;
  private final TunnelConfig t;

  TunnelStep(RunState s) {
    this.s = s;
    this.t = s.config.tunnel();
  }

  PhaseStatus run() {
    if (t == null) {
      return PhaseStatus.SKIP;
    }
    TunnelStage stage = new TunnelStage(t, s.runner, s::emit);
    Optional<StateFile.Owned> owned =
        s.ours().stream().filter(o -> o.role().equals("tunnel") && o.alive()).findFirst();
    boolean running = stage.processRunning(owned.isPresent());
    boolean startedNow = false;
    if (!running) {
      s.emit(new DeployEvents.TunnelLayer(Layer.PROCESS, false, "not running: starting it"));
      if (!present(t.start())) {
        fail(
            Layer.PROCESS,
            "the tunnel process "
                + (t.process() == null ? "" : "'" + t.process() + "' ")
                + "is not running and tunnel.start is not set ("
                + s.config.source().where("tunnel")
                + "): start it, or set tunnel.start");
      }
      start();
      startedNow = true;
    } else {
      s.emit(new DeployEvents.TunnelLayer(Layer.PROCESS, true, "running"));
    }
    TunnelStage.Check c = poll(stage);
    if (c.ok()) {
      return PhaseStatus.PASS;
    }
    if (!present(t.start())) {
      fail(c.failed(), c.detail() + "; tunnel.start is not set, so shipgate cannot restart it");
    }
    // running but not routing: restart once
    boolean stoppedOld = false;
    if (s.tunnel != null) {
      s.tunnel.stop(Duration.ofSeconds(10));
      s.disown(s.owned("tunnel", "tunnel", s.tunnel, null));
      s.tunnel = null;
      stoppedOld = true;
    } else if (owned.isPresent()) {
      ProcessGroups.stop(owned.get().pgid(), Duration.ofSeconds(10));
      s.disown(owned.get());
      stoppedOld = true;
    }
    s.emit(new DeployEvents.TunnelRestarting(c.failed(), stoppedOld));
    start();
    c = poll(stage);
    if (!c.ok()) {
      fail(
          c.failed(),
          c.detail() + (startedNow ? " after starting it" : "") + " and after one restart");
    }
    return PhaseStatus.PASS;
  }

  private TunnelStage.Check poll(TunnelStage stage) {
    long deadline = System.nanoTime() + t.readyTimeout().toNanos();
    TunnelStage.Check c;
    while (true) {
      if (s.tunnel != null && !s.tunnel.isAlive()) {
        fail(
            Layer.PROCESS,
            "the tunnel process exited with code "
                + s.tunnel.exitCode().orElse(-1)
                + " (log: "
                + s.tunnel.log()
                + ")");
      }
      c = stage.routes();
      for (ProbeResult r : c.results()) {
        s.health.add(Deploy.snapshot(Phase.TUNNEL_START_OR_VERIFY, "tunnel", r));
      }
      if (c.ok() || System.nanoTime() - deadline >= 0) {
        return c;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return c;
      }
    }
  }

  private void start() {
    Map<String, String> env = new HashMap<>(s.env);
    env.put("SHIPGATE_DEPLOY_ID", s.context.runId());
    Path log = s.logDir.resolve("tunnel.log");
    try {
      s.tunnel = ServiceProcess.start("tunnel", t.start(), s.config.source().baseDir(), env, log);
    } catch (IOException e) {
      fail(Layer.PROCESS, "tunnel.start could not be run: " + e.getMessage());
    }
    s.own(s.owned("tunnel", "tunnel", s.tunnel, null));
    s.emit(new DeployEvents.TunnelStarted(s.tunnel.pid(), log.toString()));
  }

  private void fail(Layer layer, String detail) {
    String guidance =
        switch (layer) {
          case PROCESS -> "the tunnel process is not running";
          case CONNECTOR -> "the connector is not connected to the edge (tunnel.metrics)";
          case LOCAL ->
              "the local origin does not answer (tunnel.local): the tunnel has nothing to route to";
          case PUBLIC ->
              "the public URL does not answer as expected (tunnel.public): the tunnel runs but does not route";
        };
    throw new Deploy.PhaseFailed(
        new Failure(
            ErrorCode.TUNNEL_FAILED,
            "tunnel layer " + layer + " failed: " + guidance + ": " + detail));
  }

  private static boolean present(String v) {
    return v != null && !v.isBlank();
  }
}
