package dev.shipgate.sentry;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Failure;
import dev.shipgate.core.Progress;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseTarget;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.migrate.CommandMigrator;
import dev.shipgate.migrate.LintGate;
import dev.shipgate.migrate.MigrateRequest;
import dev.shipgate.migrate.MigrateResult;
import dev.shipgate.migrate.MigrateService;
import dev.shipgate.migrations.MigrationSet;
import dev.shipgate.schema.ExpectationChecker;
import dev.shipgate.schema.ExpectationResult;
import dev.shipgate.schema.SchemaReport;
import dev.shipgate.status.StatusService;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * env → connect → migrate → expectations. Each step is printed as it ends, with its duration; the
 * first failure ends the run.
 */
public final class SentryService {
  static final int STEPS = 4;
  private static final int PINGS = 3;

  private final ShipgateConfig config;
  private final Map<String, String> env;
  private final Progress progress;
  private final List<SentryStep> steps = new ArrayList<>();

  private SentryService(ShipgateConfig config, Map<String, String> env, Progress progress) {
    this.config = config;
    this.env = env;
    this.progress = progress;
  }

  public static SentryResult run(ShipgateConfig config, Map<String, String> env, Progress p) {
    return new SentryService(config, env, p).run();
  }

  private SentryResult run() {
    long t0 = System.nanoTime();
    progress.info(
        "shipgate sentry: "
            + (config.project() == null ? "" : config.project() + " ")
            + "("
            + config.environment()
            + ")");
    String next = null;
    Failure failure = null;
    DbSession session = null;
    try {
      step("env", this::checkEnv);
      DbSession[] holder = new DbSession[1];
      next = "check that the database is up and that DATABASE_URL points at it";
      step("connect", () -> connect(DatabaseTarget.resolve(null, config), holder));
      session = holder[0];
      DbSession s = session;
      next =
          config.migrations().apply() == ApplyMode.COMMAND
              ? "read the [migrator] output above, fix the migration, and deploy again"
              : "fix the migration named above and deploy again; nothing after it ran";
      step("migrate", () -> migrate(s));
      next =
          "run `shipgate schema hotpatch` for SQL that adds what is missing, or add a migration"
              + " that creates it";
      step("expectations", () -> expectations(s));
      next = null;
    } catch (StepFailed f) {
      failure = f.failure;
      if (steps.get(steps.size() - 1).name().equals("env")) {
        next = "set the missing variables in the platform's environment, then deploy again";
      }
    } finally {
      if (session != null) {
        session.close();
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    if (failure == null) {
      progress.info(
          "shipgate sentry: success in "
              + took.toMillis()
              + " ms: migrated, and the schema matches database.expect; safe to deploy");
    }
    return new SentryResult(List.copyOf(steps), next, failure, took);
  }

  private interface Body {
    String run() throws SQLException;
  }

  private static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Failure failure;

    StepFailed(Failure failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }

  private void step(String name, Body body) {
    long t0 = System.nanoTime();
    String label = "[" + (steps.size() + 1) + "/" + STEPS + "] " + name;
    try {
      String detail = body.run();
      SentryStep s = new SentryStep(name, true, since(t0), detail);
      steps.add(s);
      progress.info(label + ": ok (" + s.took().toMillis() + " ms): " + detail);
    } catch (ShipgateException e) {
      fail(name, label, t0, e.getMessage());
      throw new StepFailed(e.failure());
    } catch (SQLException e) {
      fail(name, label, t0, e.getMessage());
      throw new StepFailed(new Failure(ErrorCode.DB_QUERY_FAILED, e.getMessage()));
    }
  }

  private void fail(String name, String label, long t0, String message) {
    SentryStep s = new SentryStep(name, false, since(t0), message);
    steps.add(s);
    progress.info(label + ": FAILED (" + s.took().toMillis() + " ms): " + message);
  }

  private String checkEnv() {
    List<String> missing = new ArrayList<>();
    for (String name : config.env().required()) {
      String v = env.get(name);
      if (v == null || v.isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new ShipgateException(
          ErrorCode.ENV_MISSING,
          "required environment variables missing or empty: "
              + String.join(", ", missing)
              + " (env.required in "
              + config.source().where("env", "required")
              + ")");
    }
    if (!config.database().url().isPresent()) {
      throw new ShipgateException(
          ErrorCode.ENV_MISSING,
          "database.url is empty ("
              + config.source().where("database", "url")
              + "): set DATABASE_URL");
    }
    int n = config.env().required().size();
    return n == 0
        ? "no required variables configured (env.required); database.url is set"
        : n
            + " required "
            + (n == 1 ? "variable" : "variables")
            + " set: "
            + String.join(", ", config.env().required());
  }

  private String connect(DatabaseUrl url, DbSession[] holder) throws SQLException {
    // a missing SQLite file is created: the builtin runner or the team's migrator fills it
    boolean create = true;
    OpenOptions open =
        new OpenOptions(
            config.database().connect().timeout(),
            config.migrations().lockTimeout(),
            create,
            "shipgate sentry");
    DbSession s =
        Connector.connect(url, config.database().connect(), open, m -> progress.info("      " + m));
    holder[0] = s;
    Duration latency = s.latency(PINGS);
    return url.redacted()
        + " - "
        + s.server().product()
        + " "
        + s.server().version()
        + ", database "
        + s.server().database()
        + ", latency "
        + String.format(java.util.Locale.ROOT, "%.2f", latency.toNanos() / 1e6)
        + " ms (average of "
        + PINGS
        + " pings)"
        + (s.attempts() > 1 ? ", connected on attempt " + s.attempts() : "");
  }

  private String migrate(DbSession s) {
    Path dir = config.migrations().dir();
    Progress indented = indent();
    if (config.migrations().apply() == ApplyMode.COMMAND) {
      CommandMigrator.run(
          new CommandMigrator.Request(
              config.migrations().command(),
              config.source().baseDir(),
              env,
              s.url(),
              config.migrations().commandTimeout()),
          indented);
      if (dir == null) {
        return "migrations.command exited 0 (no migrations.dir, so its history was not checked)";
      }
      MigrationSet set = StatusService.scan(config, dir, config.migrations().layout());
      var st = MigrateService.verifyCommand(s, set);
      return "migrations.command exited 0; " + st.source() + " history at " + st.current();
    }
    if (dir == null) {
      throw ShipgateException.config(
          config.source().where("migrations")
              + ": no migrations.dir to apply; set it, or use migrations.apply: command");
    }
    MigrationSet set = LintGate.check(config, dir, config.migrations().layout());
    MigrateResult r =
        MigrateService.migrate(
            s,
            set,
            new MigrateRequest(
                s.url(),
                dir,
                config.migrations().layout(),
                false,
                null,
                false,
                config.migrations().lockTimeout()),
            indented);
    return r.summary() + " (" + DisplayPaths.of(dir) + ")";
  }

  private String expectations(DbSession s) throws SQLException {
    SchemaReport report = ExpectationChecker.check(s, config.database().expect());
    if (!report.ok()) {
      List<String> missing = report.missing().stream().map(ExpectationResult::detail).toList();
      throw new ShipgateException(
          ErrorCode.EXPECTATIONS_FAILED,
          missing.size()
              + " of "
              + report.results().size()
              + " expectations failed: "
              + String.join("; ", missing));
    }
    return report.summary();
  }

  private Progress indent() {
    return new Progress() {
      @Override
      public void info(String line) {
        progress.info("      " + line);
      }

      @Override
      public void warn(String line) {
        progress.warn("      " + line);
      }
    };
  }

  private static Duration since(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }
}
