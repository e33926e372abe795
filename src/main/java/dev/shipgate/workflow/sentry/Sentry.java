package dev.shipgate.workflow.sentry;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Events;
import dev.shipgate.core.Failure;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DatabaseTarget;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.migrate.MigrateRequest;
import dev.shipgate.schema.ExpectationResult;
import dev.shipgate.schema.SchemaReport;
import dev.shipgate.workflow.MigrateReport;
import dev.shipgate.workflow.MigrateWorkflow;
import dev.shipgate.workflow.sentry.SentryReport.Connection;
import dev.shipgate.workflow.sentry.SentryReport.EnvCheck;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pre-deploy gate (M9): env → connect → migrate → expectations. Each step is timed and reported
 * as it ends ({@link SentryEvents}); the first failure ends the run. It composes {@code migrate},
 * {@code status} and {@code schema}; it has no database logic of its own.
 */
public final class Sentry {
  static final int STEPS = 4;
  private static final int PINGS = 3;

  private final ShipgateConfig config;
  private final Map<String, String> env;
  private final Events events;
  private final Clock clock;

  public Sentry(ShipgateConfig config, Map<String, String> env, Events events, Clock clock) {
    this.config = config;
    this.env = env;
    this.events = events;
    this.clock = clock;
  }

  public SentryReport run() {
    return new Run().run();
  }

  /** One run's state: the steps so far and what each found. */
  private final class Run {
    private final long t0 = clock.millis();
    private final List<SentryStep> steps = new ArrayList<>();
    private EnvCheck envCheck;
    private Connection connection;
    private MigrateReport migrate;
    private SchemaReport schema;
    private DbSession session;

    SentryReport run() {
      events.emit(new SentryEvents.Started(config.project(), config.environment()));
      try {
        if (step("env", this::checkEnv, d -> envCheck = d)
            && step("connect", this::connect, d -> connection = d)
            && step("migrate", this::migrate, d -> migrate = d)) {
          step("expectations", this::expectations, d -> schema = d);
        }
        return snapshot();
      } finally {
        if (session != null) {
          session.close();
        }
      }
    }

    private interface Body<T> {
      T run() throws SQLException;
    }

    /** A failed step that still has something to show (what it found, what ran before). */
    private static final class StepFailed extends RuntimeException {
      private static final long serialVersionUID = 1L;
      private final transient Object detail;
      private final transient Failure failure;

      StepFailed(Object detail, Failure failure) {
        super(null, null, false, false);
        this.detail = detail;
        this.failure = failure;
      }
    }

    /** Runs one step and keeps its detail, failed or not; true when it passed. */
    @SuppressWarnings("unchecked")
    private <T> boolean step(String name, Body<T> body, Consumer<T> keep) {
      int number = steps.size() + 1;
      events.emit(new SentryEvents.StepStarted(name, number, STEPS));
      long s0 = clock.millis();
      Failure failure = null;
      try {
        keep.accept(body.run());
      } catch (StepFailed f) {
        keep.accept((T) f.detail);
        failure = f.failure;
      } catch (ShipgateException e) {
        failure = e.failure();
      } catch (SQLException e) {
        failure = new Failure(ErrorCode.DB_QUERY_FAILED, e.getMessage());
      }
      SentryStep step = new SentryStep(name, number, clock.millis() - s0, failure);
      steps.add(step);
      events.emit(new SentryEvents.StepFinished(step, snapshot()));
      return step.ok();
    }

    private SentryReport snapshot() {
      Failure failure =
          steps.stream().map(SentryStep::failure).filter(f -> f != null).findFirst().orElse(null);
      return new SentryReport(
          config.project(),
          config.environment(),
          steps,
          envCheck,
          connection,
          migrate,
          schema,
          clock.millis() - t0,
          failure);
    }

    private EnvCheck checkEnv() {
      List<String> missing = new ArrayList<>();
      for (String name : config.env().required()) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
          missing.add(name);
        }
      }
      boolean urlSet = config.database().url().isPresent();
      EnvCheck found = new EnvCheck(config.env().required(), missing, urlSet);
      if (!missing.isEmpty()) {
        throw new StepFailed(
            found,
            new Failure(
                ErrorCode.ENV_MISSING,
                "required environment variables missing or empty: "
                    + String.join(", ", missing)
                    + " (env.required in "
                    + config.source().where("env", "required")
                    + ")"));
      }
      if (!urlSet) {
        throw new StepFailed(
            found,
            new Failure(
                ErrorCode.ENV_MISSING,
                "database.url is empty ("
                    + config.source().where("database", "url")
                    + "): set DATABASE_URL"));
      }
      return found;
    }

    private Connection connect() throws SQLException {
      DatabaseUrl url = DatabaseTarget.resolve(null, config);
      // a missing SQLite file is created: the builtin runner or the team's migrator fills it
      OpenOptions options =
          new OpenOptions(
              config.database().connect().timeout(),
              config.migrations().lockTimeout(),
              true,
              "shipgate sentry");
      DbSession s = Connector.connect(url, config.database().connect(), options, events);
      session = s;
      double latencyMs = s.latency(PINGS).toNanos() / 1e6;
      return new Connection(
          url.redacted(),
          s.server().product(),
          s.server().version(),
          s.server().database(),
          latencyMs,
          PINGS,
          s.attempts());
    }

    private MigrateReport migrate() {
      DbSession s = session;
      Path dir = config.migrations().dir();
      if (dir == null && config.migrations().apply() == ApplyMode.BUILTIN) {
        throw ShipgateException.config(
            config.source().where("migrations")
                + ": no migrations.dir to apply; set it, or use migrations.apply: command");
      }
      MigrateReport r =
          new MigrateWorkflow(config, env, events, clock)
              .run(
                  s,
                  new MigrateRequest(
                      s.url(),
                      dir,
                      config.migrations().layout(),
                      false,
                      null,
                      false,
                      config.migrations().lockTimeout()));
      if (r.failureOrNull() != null) {
        throw new StepFailed(r, r.failureOrNull());
      }
      return r;
    }

    private SchemaReport expectations() throws SQLException {
      DbSession s = session;
      SchemaReport schema =
          dev.shipgate.schema.ExpectationChecker.check(s, config.database().expect());
      if (!schema.ok()) {
        List<String> missing = schema.missing().stream().map(ExpectationResult::detail).toList();
        throw new StepFailed(
            schema,
            new Failure(
                ErrorCode.EXPECTATIONS_FAILED,
                missing.size()
                    + " of "
                    + schema.results().size()
                    + " expectations failed: "
                    + String.join("; ", missing)));
      }
      return schema;
    }
  }
}
