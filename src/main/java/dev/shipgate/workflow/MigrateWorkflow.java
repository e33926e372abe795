package dev.shipgate.workflow;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorClass;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.Failure;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.migrate.CommandMigrator;
import dev.shipgate.migrate.LintGate;
import dev.shipgate.migrate.MigrateRequest;
import dev.shipgate.migrate.Migrator;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.status.HistoryStatus;
import dev.shipgate.status.StatusService;
import dev.shipgate.workflow.MigrateReport.CommandRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate} as the config says to apply it: the builtin {@link Migrator}, or the team's
 * migrator ({@code apply: command}) followed by a check of that tool's own history, which must be
 * at head even when the tool exited 0.
 */
public final class MigrateWorkflow {
  private final ShipgateConfig config;
  private final Map<String, String> env;
  private final Events events;
  private final Clock clock;

  /**
   * @param env the environment the team's migrator runs with
   */
  public MigrateWorkflow(
      ShipgateConfig config, Map<String, String> env, Events events, Clock clock) {
    this.config = config;
    this.env = env;
    this.events = events;
    this.clock = clock;
  }

  /** Connects as needed and migrates. */
  public MigrateReport run(MigrateRequest req) {
    if (config.migrations().apply() == ApplyMode.COMMAND) {
      return command(req.url(), null, req.dryRun());
    }
    return MigrateReport.of(migrator().run(req));
  }

  /** Migrates over a session that is already open (sentry's). */
  public MigrateReport run(DbSession session, MigrateRequest req) {
    if (config.migrations().apply() == ApplyMode.COMMAND) {
      return command(session.url(), session, req.dryRun());
    }
    MigrationSet set;
    try {
      set = new LintGate(config).check(req.dir(), req.layout());
    } catch (ShipgateException e) {
      if (e.code().errorClass() != ErrorClass.GATE_FAILED) {
        throw e;
      }
      return new MigrateReport(ApplyMode.BUILTIN, null, null, null, e.failure());
    }
    return MigrateReport.of(migrator().migrate(session, set, req));
  }

  private Migrator migrator() {
    return new Migrator(config.database().connect(), new LintGate(config), events, clock);
  }

  private MigrateReport command(DatabaseUrl url, DbSession open, boolean dryRun) {
    String command = config.migrations().command();
    if (dryRun) {
      return new MigrateReport(
          ApplyMode.COMMAND, null, new CommandRun(command, 0, true), null, null);
    }
    long t0 = clock.millis();
    CommandRun ran;
    try {
      Duration took =
          CommandMigrator.run(
              new CommandMigrator.Request(
                  command,
                  config.source().baseDir(),
                  env,
                  url,
                  config.migrations().commandTimeout()),
              events);
      ran = new CommandRun(command, took.toMillis(), false);
    } catch (ShipgateException e) {
      return failed(new CommandRun(command, clock.millis() - t0, false), null, e);
    }
    Path dir = config.migrations().dir();
    if (dir == null) {
      return new MigrateReport(ApplyMode.COMMAND, null, ran, null, null);
    }
    try {
      StatusService status = StatusWorkflow.statusService(config, events);
      MigrationSet set = status.scan(dir, config.migrations().layout());
      HistoryStatus history = open != null ? verify(open, set) : verifyOverNewSession(url, set);
      return new MigrateReport(ApplyMode.COMMAND, null, ran, history, notAtHead(history));
    } catch (ShipgateException e) {
      return failed(ran, null, e);
    }
  }

  private HistoryStatus verifyOverNewSession(DatabaseUrl url, MigrationSet set) {
    OpenOptions open =
        new OpenOptions(
            config.database().connect().timeout(),
            config.migrations().lockTimeout(),
            false,
            "shipgate migrate");
    try (DbSession session = Connector.connect(url, config.database().connect(), open, events)) {
      return verify(session, set);
    }
  }

  private static HistoryStatus verify(DbSession session, MigrationSet set) {
    return StatusService.read(session, set, null, ApplyMode.COMMAND);
  }

  private static MigrateReport failed(CommandRun ran, HistoryStatus history, ShipgateException e) {
    if (e.code().errorClass() != ErrorClass.GATE_FAILED) {
      throw e;
    }
    return new MigrateReport(ApplyMode.COMMAND, null, ran, history, e.failure());
  }

  /**
   * The tool exited 0, but its history table shows something pending, failed or changed: the step
   * fails all the same.
   */
  private static Failure notAtHead(HistoryStatus st) {
    if (st.migrated()) {
      return null;
    }
    List<String> problems = new ArrayList<>();
    if (!st.failed().isEmpty()) {
      problems.add("failed " + String.join(", ", st.failed()));
    }
    if (!st.changed().isEmpty()) {
      problems.add("changed " + String.join(", ", st.changed()));
    }
    if (!st.pending().isEmpty()) {
      problems.add(
          "pending "
              + String.join(", ", st.pending().subList(0, Math.min(5, st.pending().size())))
              + (st.pending().size() > 5 ? " (" + st.pending().size() + " in all)" : ""));
    }
    return new Failure(
        ErrorCode.HISTORY_NOT_AT_HEAD,
        "migrations.command exited 0, but "
            + st.source()
            + "'s history table says: "
            + (problems.isEmpty() ? "not at head" : String.join("; ", problems))
            + "; run shipgate status for details");
  }
}
