package dev.shipgate.migrate;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ExitCode;
import dev.shipgate.core.Progress;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseUrl;
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
import dev.shipgate.status.MigrationStatus;
import dev.shipgate.status.StatusService;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code shipgate migrate} with the builtin runner: lint gate, lock, history table, plan, apply.
 * The lock is taken before the history is read and held until the last file is applied.
 */
public final class MigrateService {
  private MigrateService() {}

  /** Connects with the {@code database.connect} retry policy, then {@link #migrate}. */
  public static MigrateResult run(ShipgateConfig config, MigrateRequest req, Progress progress) {
    MigrationSet set = LintGate.check(config, req.dir(), req.layout());
    OpenOptions open =
        new OpenOptions(
            config.database().connect().timeout(),
            req.lockTimeout(),
            !req.dryRun(),
            "shipgate migrate");
    try (DbSession session =
        Connector.connect(req.url(), config.database().connect(), open, progress::info)) {
      return migrate(session, set, req, progress);
    }
  }

  /** Applies {@code set} (already linted) over an open session. */
  public static MigrateResult migrate(
      DbSession session, MigrationSet set, MigrateRequest req, Progress progress) {
    requireSqlLayout(set);
    long t0 = System.nanoTime();
    try (MigrationLock lock = lock(session, req, progress)) {
      List<HistoryRow> rows;
      if (req.dryRun()) {
        rows = HistoryTable.exists(session) ? HistoryTable.read(session.connection()) : List.of();
      } else {
        if (!HistoryTable.exists(session)) {
          HistoryTable.create(session); // under the lock; needs CREATE only the first time
        }
        rows = HistoryTable.read(session.connection());
      }
      Plan plan =
          Planner.plan(
              set, rows, session.database(), session.server(), req.baseline(), req.outOfOrder());
      plan.warnings().forEach(w -> progress.warn("warning: " + w));
      HistoryComparison h = plan.history();
      if (req.dryRun()) {
        describe(plan, progress);
        return result(h, List.of(), plan.baseline(), plan.steps(), true, t0);
      }
      Runner runner = new Runner(session, lock == null || !lock.exclusive(), AppliedBy.get());
      if (!plan.baseline().isEmpty()) {
        announceBaseline(plan, req.baseline(), progress);
        runner.baseline(plan.baseline());
      }
      List<Applied> applied = new ArrayList<>();
      for (Step step : plan.steps()) {
        Applied a = runner.apply(step);
        applied.add(a);
        progress.info(line(a, step));
      }
      return result(h, applied, plan.baseline(), List.of(), false, t0);
    } catch (SQLException e) {
      throw new ShipgateException(
          ExitCode.GATE_FAILED,
          "migrate failed on "
              + req.url().redacted()
              + ": "
              + Connector.reason(e, req.url())
              + " (SQLSTATE "
              + e.getSQLState()
              + ")",
          e);
    }
  }

  /**
   * {@code apply: command}: runs the team's migrator, then connects and checks its history ({@link
   * #verifyCommand}) when {@code migrations.dir} says where its files are.
   */
  public static MigrationStatus runCommand(
      ShipgateConfig config, DatabaseUrl url, Map<String, String> env, Progress progress) {
    CommandMigrator.run(
        new CommandMigrator.Request(
            config.migrations().command(),
            config.source().baseDir(),
            env,
            url,
            config.migrations().commandTimeout()),
        progress);
    Path dir = config.migrations().dir();
    if (dir == null) {
      return null;
    }
    MigrationSet set = StatusService.scan(config, dir, config.migrations().layout());
    OpenOptions open =
        new OpenOptions(
            config.database().connect().timeout(),
            config.migrations().lockTimeout(),
            false,
            "shipgate migrate");
    try (DbSession session =
        Connector.connect(url, config.database().connect(), open, progress::info)) {
      return verifyCommand(session, set);
    }
  }

  /**
   * After {@code apply: command}: the tool's own history must show nothing pending, failed or
   * changed, or the step fails even though the tool exited 0.
   */
  public static MigrationStatus verifyCommand(DbSession session, MigrationSet set) {
    MigrationStatus st =
        StatusService.status(
            session, set, null, ApplyMode.COMMAND, new ExpectConfig(null, null, null, null));
    if (!st.migrated()) {
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
      throw new ShipgateException(
          ExitCode.GATE_FAILED,
          "migrations.command exited 0, but "
              + st.source()
              + "'s history table says: "
              + (problems.isEmpty() ? "not at head" : String.join("; ", problems))
              + "; run shipgate status for details");
    }
    return st;
  }

  private static MigrationLock lock(DbSession session, MigrateRequest req, Progress progress)
      throws SQLException {
    if (req.dryRun()) {
      return null;
    }
    try {
      return session.database().lock(session.connection(), req.lockTimeout(), progress::warn);
    } catch (LockTimeoutException e) {
      throw new ShipgateException(
          ExitCode.GATE_FAILED,
          "gave up after "
              + e.waited().toSeconds()
              + "s waiting for the migration lock on "
              + req.url().redacted()
              + ", held by "
              + e.holder()
              + "; let that run finish, or if it is stuck end its session (SELECT"
              + " pg_terminate_backend(pid)); raise migrations.lockTimeout to wait longer");
    }
  }

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

  private static void describe(Plan plan, Progress progress) {
    for (MigrationScript s : plan.baseline()) {
      progress.info("would baseline " + s.file().name() + " (record as applied, not run)");
    }
    for (Step s : plan.steps()) {
      progress.info(
          "would apply "
              + s.name()
              + (s.outsideTransaction() == null
                  ? ""
                  : " outside a transaction (" + s.outsideTransaction() + ")"));
    }
    if (plan.isEmpty()) {
      progress.info("nothing to apply");
    }
  }

  private static void announceBaseline(Plan plan, Version baseline, Progress progress) {
    progress.warn(
        "BASELINE: recording "
            + plan.baseline().size()
            + " migrations up to version "
            + baseline
            + " as applied WITHOUT running them; this is only right if the database already"
            + " holds their changes");
    for (MigrationScript s : plan.baseline()) {
      progress.warn("BASELINE: " + s.file().name());
    }
  }

  private static String line(Applied a, Step step) {
    if (a.byOtherRun()) {
      return "skipped " + a.name() + " (another run applied it first)";
    }
    return "applied "
        + a.name()
        + " in "
        + a.durationMs()
        + " ms"
        + (a.outsideTransaction()
            ? " (outside a transaction: " + step.outsideTransaction() + ")"
            : "");
  }

  private static List<String> names(List<MigrationScript> scripts) {
    return scripts.stream().map(s -> s.file().name()).toList();
  }

  private static MigrateResult result(
      HistoryComparison h,
      List<Applied> applied,
      List<MigrationScript> baseline,
      List<Step> planned,
      boolean dryRun,
      long t0) {
    String current = h.current();
    if (!dryRun) {
      List<String> versions = new ArrayList<>();
      baseline.forEach(s -> versions.add(s.file().id()));
      applied.forEach(a -> versions.add(a.version()));
      for (String v : versions) {
        if (v != null
            && (current == null || Version.parse(v).compareTo(Version.parse(current)) > 0)) {
          current = v;
        }
      }
    }
    return new MigrateResult(
        List.copyOf(applied),
        names(baseline),
        planned,
        h.appliedCount(),
        current,
        h.head(),
        dryRun,
        Duration.ofNanos(System.nanoTime() - t0));
  }
}
