package dev.shipgate.cli;

import dev.shipgate.cli.render.MonitorJson;
import dev.shipgate.cli.render.MonitorText;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.Secret;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateVersion;
import dev.shipgate.incidents.notify.Budget;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.logs.ErrorReporter;
import dev.shipgate.logs.JsonLog;
import dev.shipgate.recovery.RecoveryEngine;
import dev.shipgate.workflow.incidents.Incidents;
import dev.shipgate.workflow.monitor.MonitorLog;
import dev.shipgate.workflow.monitor.MonitorLoop;
import dev.shipgate.workflow.monitor.MonitorReport;
import dev.shipgate.workflow.monitor.Recovery;
import dev.shipgate.workflow.monitor.StopSignal;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate monitor [--once]`: continuous checks with bounded auto-recovery (O5, O7, E3). */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "Check the database, checks, externals, agents, services' ready checks and the tunnel",
      "every monitor.interval; open one incident per root cause, recover DOWN targets within",
      "their budget under one restarter lock, log JSON lines to logs/monitor.jsonl.",
      "--once: one round, exit 0 healthy, 2 degraded, 1 unhealthy (like check).",
      "Otherwise runs until SIGTERM/SIGINT (exit 0), or exits 1 after a safe shutdown."
    })
final class MonitorCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Mixin FormatOption format;

  @Option(names = "--once", description = "Run one round and exit 0/2/1 like check.")
  boolean once;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    Redactor redactor = Notifications.redactor(root.redactor(), config);
    root.output().redactWith(redactor);
    PrintWriter err = spec.commandLine().getErr();
    Events live = format.json() ? Events.none() : e -> MonitorText.event(e, err);
    String project = Notifications.project(config);
    MonitorReport report =
        once ? once(config, redactor, live, project) : run(config, redactor, live, project);
    if (format.json()) {
      root.output().json(MonitorJson.document(report));
    } else {
      MonitorText.render(report, spec.commandLine().getOut());
    }
    return ExitCode.of(report.verdict());
  }

  private static MonitorReport once(
      ShipgateConfig config, Redactor redactor, Events live, String project) {
    try (MonitorLoop loop =
        MonitorLoop.create(config, redactor, null, null, Clock.systemUTC(), live, true, project)) {
      return loop.once();
    }
  }

  private MonitorReport run(ShipgateConfig config, Redactor redactor, Events live, String project) {
    Clock clock = Clock.systemUTC();
    Secret dsn = config.logs().sentryDsn();
    if (!dsn.isPresent()) {
      dsn = Secret.of(root.env().getOrDefault("SHIPGATE_SENTRY_DSN", ""));
    }
    Redactor withDsn = dsn.isPresent() ? redactor.withSecret(dsn.reveal()) : redactor;
    root.output().redactWith(withDsn);
    StopSignal stop = new StopSignal();
    try (ErrorReporter errors =
            ErrorReporter.open(
                dsn, withDsn, config.environment(), "shipgate@" + ShipgateVersion.get());
        JsonLog log = JsonLog.open(config.logs(), "monitor", withDsn);
        Notifications.Opened store =
            Incidents.open(
                config, root.env(), clock, Budget.perDispatch(config.notifications().timeout()))) {
      MonitorLog events = new MonitorLog(log, errors, live);
      try (RecoveryEngine engine =
              Recovery.open(config, store.service().store(), withDsn, clock, events, "monitor");
          MonitorLoop loop =
              MonitorLoop.create(
                  config, withDsn, store.service(), engine, clock, events, false, project)) {
        Signals.onTerminate(stop::stop);
        return loop.run(stop);
      }
    }
  }
}
