package dev.shipgate.migrate;

import dev.shipgate.config.ConnectConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorClass;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.Failure;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.LockTimeoutException;
import dev.shipgate.db.MigrationLock;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.history.HistoryComparison;
import dev.shipgate.history.HistoryRow;
import dev.shipgate.history.HistoryTable;
import dev.shipgate.history.MigrationScript;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.migrations.Version;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shipgate migrate} with the builtin runner: lint gate, lock, history table, plan, apply.
 * The lock is taken before the history is read and held until the last file is applied. Every run
 * ends in a {@link MigrateResult}; a failure the user must act on (lint errors, the database down,
 * the lock held, an unsafe plan, a failing file) is the result's {@link Failure}, with what was
 * applied before it. Usage and configuration mistakes are thrown.
 */
public final class Migrator {
  private final ConnectConfig connect;
  private final LintGate lintGate;
  private final Events events;
  private final Clock clock;

  public Migrator(ConnectConfig connect, LintGate lintGate, Events events, Clock clock) {
    this.connect = connect;
    this.lintGate = lintGate;
    this.events = events;
    this.clock = clock;
  }

  /** Lints, connects with the {@code database.connect} retry policy, then {@link #migrate}. */
  public MigrateResult run(MigrateRequest req) {
    long t0 = clock.millis();
    MigrationSet set = null;
    DbSession session;
    try {
      set = lintGate.check(req.dir(), req.layout());
      requireSqlLayout(set);
      OpenOptions open =
          new OpenOptions(connect.timeout(), req.lockTimeout(), !req.dryRun(), "shipgate migrate");
      session = Connector.connect(req.url(), connect, open, events);
    } catch (ShipgateException e) {
      return stopped(req, set, t0, e);
    }
    try (session) {
      return migrate(session, set, req, t0);
    }
  }

  /** Applies {@code set} (already linted) over an open session. */
  public MigrateResult migrate(DbSession session, MigrationSet set, MigrateRequest req) {
    requireSqlLayout(set);
    return migrate(session, set, req, clock.millis());
  }

  private MigrateResult migrate(DbSession session, MigrationSet set, MigrateRequest req, long t0) {
    Plan plan;
    try (MigrationLock lock = lock(session, req)) {
      plan = plan(session, set, req);
      plan.warnings().forEach(events::emit);
      HistoryComparison h = plan.history();
      List<PlannedStep> planned = plan.steps().stream().map(PlannedStep::of).toList();
      List<String> baseline = names(plan.baseline());
      if (req.dryRun()) {
        return new MigrateResult(
            set.dir(),
            set.layout().id(),
            true,
            planned,
            baseline,
            List.of(),
            null,
            h.appliedCount(),
            h.current(),
            h.head(),
            plan.warnings(),
            since(t0),
            null);
      }
      Runner runner =
          new Runner(
              session,
              lock == null || !lock.exclusive(),
              AppliedBy.get(),
              clock,
              req.historyTable());
      List<StepResult> done = new ArrayList<>();
      if (!plan.baseline().isEmpty()) {
        events.emit(new MigrateEvents.Baselining(req.baseline().toString(), baseline));
        runner.baseline(plan.baseline());
      }
      FailedStep failed = null;
      Failure failure = null;
      for (Step step : plan.steps()) {
        try {
          StepResult r = runner.apply(step);
          done.add(r);
          events.emit(new MigrateEvents.StepDone(r));
        } catch (StepFailure f) {
          failed = f.step();
          failure = f.failure();
          done.add(
              new StepResult(
                  step.name(),
                  step.script().file().path(),
                  step.version(),
                  StepResult.Outcome.FAILED,
                  0,
                  step.outsideTransaction()));
          break;
        }
      }
      return new MigrateResult(
          set.dir(),
          set.layout().id(),
          false,
          planned,
          baseline,
          done,
          failed,
          h.appliedCount(),
          current(h.current(), plan.baseline(), done),
          h.head(),
          plan.warnings(),
          since(t0),
          failure);
    } catch (ShipgateException e) {
      return stopped(req, set, t0, e);
    } catch (SQLException e) {
      return stopped(
          req,
          set,
          t0,
          new ShipgateException(
              ErrorCode.DB_QUERY_FAILED,
              "migrate failed on "
                  + req.url().redacted()
                  + ": "
                  + Connector.reason(e, req.url())
                  + " (SQLSTATE "
                  + e.getSQLState()
                  + ")",
              e));
    }
  }

  private static Plan plan(DbSession session, MigrationSet set, MigrateRequest req)
      throws SQLException {
    List<HistoryRow> rows;
    if (req.dryRun()) {
      rows =
          HistoryTable.exists(session, req.historyTable())
              ? HistoryTable.read(session.connection(), req.historyTable())
              : List.of();
    } else {
      if (!HistoryTable.exists(session, req.historyTable())) {
        // under the lock; needs CREATE only the first time
        HistoryTable.create(session, req.historyTable());
      }
      rows = HistoryTable.read(session.connection(), req.historyTable());
    }
    return Planner.plan(
        set, rows, session.database(), session.server(), req.baseline(), req.outOfOrder());
  }

  private MigrationLock lock(DbSession session, MigrateRequest req) throws SQLException {
    if (req.dryRun()) {
      return null;
    }
    try {
      return session.database().lock(session.connection(), req.lockTimeout(), events);
    } catch (LockTimeoutException e) {
      String stuck =
          session.database().stuckLockHint().map(h -> " if it is stuck " + h + ";").orElse("");
      throw new ShipgateException(
          ErrorCode.LOCK_TIMEOUT,
          "gave up after "
              + e.waited().toSeconds()
              + "s waiting for the migration lock on "
              + req.url().redacted()
              + ", held by "
              + e.holder()
              + "; let that run finish,"
              + stuck
              + " raise migrations.lockTimeout to wait longer");
    }
  }

  /**
   * Prisma, Alembic and the other tool-owned layouts are applied by their own tool, and so is a
   * tree with one file per database (the tool picks the variant).
   */
  private static void requireSqlLayout(MigrationSet set) {
    if (!set.definition().builtinRunner()) {
      String tool = set.definition().tool().orElse("<its migration command>");
      throw ShipgateException.config(
          DisplayPaths.of(set.dir())
              + " is a "
              + set.layout().id()
              + " project: its own tool applies it; set migrations.apply: command and"
              + " migrations.command: "
              + tool);
    }
    set.migrations().stream()
        .filter(f -> !f.variant().isEmpty())
        .findFirst()
        .ifPresent(
            f -> {
              throw ShipgateException.config(
                  DisplayPaths.of(set.dir())
                      + " keeps one file per database ("
                      + f.name()
                      + "): its own tool picks the variant; set migrations.apply: command and"
                      + " migrations.command: <the migrate command of that tool>");
            });
  }

  /** A gate failure before any file ran; anything else (usage, config) is thrown on. */
  private MigrateResult stopped(
      MigrateRequest req, MigrationSet set, long t0, ShipgateException e) {
    if (e.code().errorClass() != ErrorClass.GATE_FAILED) {
      throw e;
    }
    return MigrateResult.stopped(
        set != null ? set.dir() : req.dir(),
        set != null ? set.layout().id() : req.layout().id(),
        req.dryRun(),
        since(t0),
        e.failure());
  }

  private long since(long t0) {
    return clock.millis() - t0;
  }

  private static List<String> names(List<MigrationScript> scripts) {
    return scripts.stream().map(s -> s.file().name()).toList();
  }

  /** The highest version applied once the run's baseline and steps are counted. */
  private static String current(
      String before, List<MigrationScript> baseline, List<StepResult> done) {
    String current = before;
    List<String> versions = new ArrayList<>();
    baseline.forEach(s -> versions.add(s.file().id()));
    done.stream()
        .filter(s -> s.outcome() != StepResult.Outcome.FAILED)
        .forEach(s -> versions.add(s.version()));
    for (String v : versions) {
      if (v != null
          && (current == null || Version.parse(v).compareTo(Version.parse(current)) > 0)) {
        current = v;
      }
    }
    return current;
  }
}
