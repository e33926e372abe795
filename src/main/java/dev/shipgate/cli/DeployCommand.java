package dev.shipgate.cli;

import dev.shipgate.cli.render.DeployJson;
import dev.shipgate.cli.render.DeployReportFiles;
import dev.shipgate.cli.render.DeployText;
import dev.shipgate.cli.render.EventText;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.workflow.deploy.Deploy;
import dev.shipgate.workflow.deploy.DeployLocks;
import dev.shipgate.workflow.deploy.DeployOptions;
import dev.shipgate.workflow.deploy.DeployReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate deploy`: preflight to verified, or rolled back with a report (D1-D6). */
@Command(
    name = "deploy",
    header = "Deploy: preflight, database, services, readiness, tunnel, externals; or roll back.",
    mixinStandardHelpOptions = true,
    description = {
      "Runs PRECHECK, DB_VALIDATE, MIGRATE_VERIFY, BACKEND_START, BACKEND_READY_GATE,",
      "FRONTEND_START, TUNNEL_START_OR_VERIFY, EXTERNAL_VERIFY, then SUCCESS; a failing",
      "state goes to FAILURE_ROLLBACK (stops what this run started, in reverse).",
      "Always writes report.dir/deploy-report-<timestamp>.json, .txt and .html.",
      "Exit 0 success, 1 failed (rolled back), 2 partial (an optional external failed)."
    },
    subcommands = {DeployCommand.Lock.class})
final class DeployCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Mixin FormatOption format;

  @Option(names = "--dry-run", description = "Print the plan and run PRECHECK only.")
  boolean dryRun;

  @Option(
      names = "--lock-wait",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Wait this long for another deploy's lock (default: fail at once).")
  Duration lockWait;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    root.output().redactWith(Notifications.redactor(root.redactor(), config));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Events events =
        format.json() ? EventText.toStderr(err) : new DeployText(out, err, root.color());
    if (format.json()) {
      events = new DeployText(err, err, false);
    }
    if (dryRun && !format.json()) {
      DeployText.plan(config, out);
    }
    DeployReportFiles files =
        new DeployReportFiles(
            config.report().dir(), config.report().keepDays(), root.redactor(), ExitCode::of);
    DeployReport r =
        new Deploy(
                config,
                root.env(),
                root.redactor(),
                events,
                Clock.systemUTC(),
                new DeployOptions(dryRun, lockWait),
                files::write)
            .run();
    int code = ExitCode.of(r);
    if (format.json()) {
      root.output().json(DeployJson.document(r, code));
      r.failure().ifPresent(f -> err.println("shipgate: deploy failed: " + f.message()));
    } else {
      DeployText.verdict(r, out, err);
    }
    return code;
  }

  /** `shipgate deploy lock status|release`. */
  @Command(
      name = "lock",
      header = "The deploy lock: who holds it, or release it.",
      mixinStandardHelpOptions = true,
      subcommands = {Lock.Status.class, Lock.Release.class})
  static final class Lock implements Callable<Integer> {
    @ParentCommand DeployCommand deploy;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return Cli.missingSubcommand(spec);
    }

    @Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Who holds the deploy lock; exit 0 free, 1 held.")
    static final class Status implements Callable<Integer> {
      @ParentCommand Lock lock;

      @Spec CommandSpec spec;

      @Mixin FormatOption format;

      @Override
      public Integer call() {
        ShipgateCommand root = lock.deploy.root;
        DeployLocks.LockStatus s = DeployLocks.status(root.config(), root.env());
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
          var o = Json.object();
          o.put("held", s.holder().isPresent());
          o.set(
              "holder",
              s.holder()
                  .map(h -> (com.fasterxml.jackson.databind.JsonNode) lockJson(h))
                  .orElse(null));
          o.put("stale", s.stale().map(Enum::name).orElse(null));
          root.output().json(o);
        } else if (s.holder().isEmpty()) {
          out.println("deploy lock: free");
        } else {
          var h = s.holder().get();
          out.println(
              "deploy lock: held by run "
                  + h.runId()
                  + " (pid "
                  + h.pid()
                  + " on "
                  + h.host()
                  + ", user "
                  + h.user()
                  + ") since "
                  + h.startedAt()
                  + ", heartbeat "
                  + h.heartbeatAt()
                  + ", expires "
                  + h.expiresAt()
                  + s.stale()
                      .map(
                          x ->
                              "; stale ("
                                  + x.name().toLowerCase()
                                  + "): the next deploy takes it over")
                      .orElse(""));
        }
        return ExitCode.of(dev.shipgate.core.Verdict.of(s.holder().isEmpty()));
      }
    }

    @Command(
        name = "release",
        mixinStandardHelpOptions = true,
        description = "Remove the deploy lock whoever holds it (for a stuck lock).")
    static final class Release implements Callable<Integer> {
      @ParentCommand Lock lock;

      @Spec CommandSpec spec;

      @Override
      public Integer call() {
        ShipgateCommand root = lock.deploy.root;
        DeployLocks.LockStatus s = DeployLocks.release(root.config(), root.env());
        PrintWriter out = spec.commandLine().getOut();
        out.println(
            s.released()
                ? "deploy lock released (it was held by run " + s.holder().get().runId() + ")"
                : "deploy lock: already free");
        return ExitCode.OK.code();
      }
    }
  }

  static com.fasterxml.jackson.databind.node.ObjectNode lockJson(
      dev.shipgate.deploy.DeployLock.Owner h) {
    var o = Json.object();
    o.put("runId", h.runId());
    o.put("host", h.host());
    o.put("pid", h.pid());
    o.put("user", h.user());
    o.put("startedAt", h.startedAt().toString());
    o.put("heartbeatAt", h.heartbeatAt().toString());
    o.put("expiresAt", h.expiresAt().toString());
    return o;
  }
}
