package dev.shipgate.workflow.deploy;

import dev.shipgate.config.PreflightConfig.ArtifactConfig;
import dev.shipgate.config.ServiceConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Failure;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.deploy.DeployLock;
import dev.shipgate.deploy.Ports;
import dev.shipgate.deploy.StateFile;
import dev.shipgate.incidents.notify.Budget;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.process.ShellCommand;
import dev.shipgate.workflow.incidents.Incidents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PRECHECK (D2): required env, error tracking in production, writable directories, generated
 * artifacts, the deploy lock, and every service's port free (or held by a process the previous
 * deploy started, from the state file). Nothing is started here except an artifact's generate
 * command.
 */
final class Precheck {
  private static final Duration LOCK_POLL = Duration.ofMillis(250);
  private static final Duration LOCK_REPORT = Duration.ofSeconds(5);

  private final RunState s;

  Precheck(RunState s) {
    this.s = s;
  }

  PhaseStatus run() {
    env();
    errorTracking();
    writable();
    artifacts();
    lock();
    ports();
    return PhaseStatus.PASS;
  }

  private void env() {
    List<String> missing = new ArrayList<>();
    for (String name : s.config.env().required()) {
      String v = s.env.get(name);
      if (v == null || v.isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      fail(
          ErrorCode.ENV_MISSING,
          "required environment variables missing or empty: "
              + String.join(", ", missing)
              + " (env.required in "
              + s.config.source().where("env", "required")
              + ")");
    }
    if (!s.config.env().required().isEmpty()) {
      s.emit(new DeployEvents.CheckPassed("env", String.join(", ", s.config.env().required())));
    }
  }

  private void errorTracking() {
    if (!s.config.isProduction() || !s.config.observability().requireErrorTracking()) {
      return;
    }
    List<String> names = s.config.observability().errorTrackingEnv();
    for (String n : names) {
      String v = s.env.get(n);
      if (v != null && !v.isBlank()) {
        s.emit(new DeployEvents.CheckPassed("errorTracking", n));
        return;
      }
    }
    fail(
        ErrorCode.ENV_MISSING,
        "environment is production and observability.requireErrorTracking is on, but "
            + String.join(" / ", names)
            + " is not set ("
            + s.config.source().where("observability")
            + "): set it, or turn requireErrorTracking off");
  }

  private void writable() {
    for (Path p : s.config.preflight().writable()) {
      Path dir = s.config.source().resolve(p);
      try {
        Files.createDirectories(dir);
        Path probe = Files.createTempFile(dir, ".shipgate-write", ".tmp");
        Files.delete(probe);
      } catch (IOException | SecurityException e) {
        fail(
            ErrorCode.PREFLIGHT_FAILED,
            "directory "
                + dir
                + " is not writable ("
                + s.config.source().where("preflight", "writable")
                + "): fix its owner or permissions");
      }
      s.emit(new DeployEvents.CheckPassed("writable", dir.toString()));
    }
  }

  private void artifacts() {
    List<ArtifactConfig> list = s.config.preflight().artifacts();
    for (int i = 0; i < list.size(); i++) {
      ArtifactConfig a = list.get(i);
      if (a.path() == null) {
        throw ShipgateException.config(
            s.config.source().where("preflight", "artifacts", i)
                + ": 'preflight.artifacts["
                + i
                + "].path' is required");
      }
      Path path = s.config.source().resolve(a.path());
      if (Files.exists(path)) {
        s.emit(new DeployEvents.CheckPassed("artifact", path.toString()));
        continue;
      }
      if (a.generate() == null || a.generate().isBlank()) {
        fail(
            ErrorCode.PREFLIGHT_FAILED,
            "artifact "
                + path
                + " is missing and has no generate command ("
                + s.config.source().where("preflight", "artifacts", i)
                + "): build it, or add generate: to the entry");
      }
      Path cwd = a.cwd() == null ? s.config.source().baseDir() : s.config.source().resolve(a.cwd());
      ShellCommand.Result r;
      try {
        r =
            ShellCommand.run(
                a.generate(), cwd, s.env, s.config.preflight().generateTimeout(), line -> {});
      } catch (IOException e) {
        r = new ShellCommand.Result(127, false, Duration.ZERO);
      }
      boolean created = Files.exists(path);
      s.emit(new DeployEvents.ArtifactGenerated(path.toString(), r.exitCode(), created));
      if (!r.ok() || !created) {
        fail(
            ErrorCode.PREFLIGHT_FAILED,
            "artifact "
                + path
                + " is missing and its generate command "
                + (r.timedOut()
                    ? "timed out"
                    : r.ok() ? "did not create it" : "exited " + r.exitCode())
                + " ("
                + s.config.source().where("preflight", "artifacts", i, "generate")
                + "): run `"
                + a.generate()
                + "` by hand to see why");
      }
    }
  }

  private void lock() {
    try {
      s.incidents =
          Incidents.open(
              s.config, s.env, s.clock, Budget.perCommand(s.config.notifications().timeout()));
    } catch (ShipgateException e) {
      fail(ErrorCode.DB_QUERY_FAILED, e.getMessage() + " (store: holds the deploy lock)");
    }
    s.lock =
        new DeployLock(
            s.incidents.service().store(),
            Notifications.project(s.config) + "/deploy",
            s.clock,
            s.config.deploy().lockExpiry());
    if (s.options.dryRun()) {
      s.lock
          .status()
          .ifPresent(
              h -> {
                if (s.lock.staleness(h, false).isEmpty()) {
                  fail(ErrorCode.DEPLOY_LOCKED, held(h));
                }
              });
      s.emit(new DeployEvents.CheckPassed("lock", "free (dry run: not taken)"));
      s.state = s.stateFile.read();
      return;
    }
    DeployLock.Owner me = s.lock.me(s.context.runId());
    long start = System.nanoTime();
    long nextReport = start;
    while (true) {
      DeployLock.Attempt a = s.lock.tryAcquire(me);
      if (a instanceof DeployLock.Acquired got) {
        s.lockHeld = true;
        s.emit(new DeployEvents.LockTaken(me.runId(), got.previous().orElse(null), got.why()));
        startHeartbeat();
        break;
      }
      DeployLock.Held held = (DeployLock.Held) a;
      long waited = System.nanoTime() - start;
      if (waited >= s.options.lockWait().toNanos()) {
        fail(
            ErrorCode.DEPLOY_LOCKED,
            held.holder().map(Precheck::held).orElse("another deploy holds the deploy lock")
                + (s.options.lockWait().isZero()
                    ? "; wait for it, pass --lock-wait 5m, or `shipgate deploy lock release` if it is stuck"
                    : "; still held after --lock-wait " + s.options.lockWait().toSeconds() + "s"));
      }
      if (System.nanoTime() - nextReport >= 0) {
        s.emit(
            new DeployEvents.LockWaiting(
                held.holder().orElse(null), waited / 1_000_000, s.options.lockWait().toMillis()));
        nextReport += LOCK_REPORT.toNanos();
      }
      try {
        Thread.sleep(LOCK_POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail(ErrorCode.INTERRUPTED, "interrupted while waiting for the deploy lock");
      }
    }
    s.state = s.stateFile.read();
  }

  static String held(DeployLock.Owner h) {
    return "the deploy lock is held by run "
        + h.runId()
        + " (pid "
        + h.pid()
        + " on "
        + h.host()
        + ", user "
        + h.user()
        + ", since "
        + h.startedAt()
        + ", heartbeat "
        + h.heartbeatAt()
        + ")";
  }

  private void startHeartbeat() {
    Duration every = s.config.deploy().lockExpiry().dividedBy(3);
    String runId = s.context.runId();
    s.heartbeat =
        Thread.ofPlatform()
            .daemon()
            .name("shipgate-deploy-heartbeat")
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    try {
                      Thread.sleep(every.toMillis());
                      s.lock.heartbeat(runId);
                    } catch (InterruptedException e) {
                      return;
                    } catch (RuntimeException e) {
                      // a missed heartbeat only shortens the lock's life
                    }
                  }
                });
  }

  private void ports() {
    for (int i = 0; i < s.config.services().size(); i++) {
      ServiceConfig c = s.config.services().get(i);
      if (c.port() == null) {
        continue;
      }
      if (Ports.isFree(c.port())) {
        s.emit(new DeployEvents.CheckPassed("port", c.port() + " (" + c.name() + ") free"));
        continue;
      }
      StateFile.Owned owner =
          s.ours().stream()
              .filter(o -> c.port().equals(o.port()) && o.alive())
              .findFirst()
              .orElse(null);
      if (owner == null) {
        fail(
            ErrorCode.PORT_IN_USE,
            "port "
                + c.port()
                + " of service "
                + c.name()
                + " is in use by a process shipgate did not start ("
                + s.config.source().where("services", i, "port")
                + "): stop it (`lsof -i :"
                + c.port()
                + "`), or change the port");
      }
      s.emit(
          new DeployEvents.CheckPassed(
              "port",
              c.port()
                  + " ("
                  + c.name()
                  + ") held by pid "
                  + owner.pid()
                  + " from the last deploy"));
    }
  }

  private static void fail(ErrorCode code, String message) {
    throw new Deploy.PhaseFailed(new Failure(code, message));
  }
}
