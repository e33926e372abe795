package dev.shipgate.workflow.verify;

import dev.shipgate.config.ExpectConfig;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.config.VerifyConfig;
import dev.shipgate.core.Events;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.core.Threads;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.schema.ExpectationResult;
import dev.shipgate.schema.SchemaCheck;
import dev.shipgate.schema.SchemaService;
import dev.shipgate.status.HistoryStatus;
import dev.shipgate.status.StatusService;
import dev.shipgate.workflow.StatusReport;
import dev.shipgate.workflow.StatusWorkflow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * `shipgate verify` (P6): the post-deploy check. Its four stages are independent and run at the
 * same time; a stage that cannot run (database down, Docker missing) fails with the reason instead
 * of stopping the others.
 */
public final class VerifyService {
  /**
   * @param database the database to check, or null when none is configured
   * @param databaseProblem why the database URL could not be resolved, or null
   * @param dir the migration directory, or null when none is configured
   */
  public record Request(
      boolean quick,
      DatabaseUrl database,
      String databaseProblem,
      Path dir,
      MigrationLayout layout,
      String docker) {}

  private VerifyService() {}

  public static VerifyReport run(ShipgateConfig config, Redactor redactor, Request req) {
    long start = System.nanoTime();
    VerifyConfig v = config.verify();
    requireSomethingToVerify(config, req);
    List<Callable<StageResult>> stages =
        List.of(
            () ->
                timed(
                    1,
                    "processes and containers",
                    () -> {
                      List<VerifyItem> items = new ArrayList<>(ProcessStage.check(v.processes()));
                      items.addAll(
                          new ContainerStage(req.docker(), Duration.ofSeconds(20))
                              .check(v.containers()));
                      return items;
                    }),
            () -> migrations(config, req),
            () ->
                req.quick()
                    ? StageResult.skipped(3, "endpoints", "skipped by --quick")
                    : timed(3, "endpoints", () -> EndpointStage.check(v.endpoints(), redactor)),
            () -> floors(config, req));
    List<StageResult> results = new ArrayList<>();
    try (ExecutorService pool = Threads.perTask("shipgate-verify-")) {
      List<Future<StageResult>> futures = new ArrayList<>();
      for (Callable<StageResult> s : stages) {
        futures.add(pool.submit(s));
      }
      for (Future<StageResult> f : futures) {
        results.add(join(f));
      }
    }
    return new VerifyReport(results, req.quick(), (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * A gate that checked nothing must not pass: with no processes, containers, endpoints, data
   * floors, migrations.dir or database.expect, verify stops like check does (66 without a config
   * file, 78 with one).
   */
  private static void requireSomethingToVerify(ShipgateConfig config, Request req) {
    VerifyConfig v = config.verify();
    boolean nothing =
        v.processes().isEmpty()
            && v.containers().isEmpty()
            && v.endpoints().isEmpty()
            && v.minRows().isEmpty()
            && req.dir() == null
            && config.database().expect().isEmpty();
    if (!nothing) {
      return;
    }
    if (config.source().file().isEmpty()) {
      throw ShipgateException.inputMissing(
          "nothing to verify: no shipgate.yaml here; create one with verify: (processes,"
              + " containers, endpoints, minRows), migrations.dir or database.expect (or pass -c"
              + " FILE)");
    }
    throw ShipgateException.config(
        config.source().file().get()
            + ": nothing to verify; add verify: (processes, containers, endpoints, minRows),"
            + " migrations.dir or database.expect (see docs/verify.md)");
  }

  private static StageResult migrations(ShipgateConfig config, Request req) {
    ExpectConfig expect = config.database().expect();
    if (req.dir() == null && expect.isEmpty()) {
      return StageResult.skipped(
          2, "migrations and schema", "no migrations.dir or database.expect configured");
    }
    return timed(
        2,
        "migrations and schema",
        () -> {
          DatabaseUrl url = database(req);
          if (req.dir() == null) {
            return schemaItems(schemaService(config).check(url, expect, config.source()));
          }
          StatusReport st =
              StatusWorkflow.of(config, Events.none())
                  .run(
                      new StatusService.Request(
                          url,
                          req.dir(),
                          req.layout(),
                          req.layout() != MigrationLayout.AUTO,
                          config.migrations().apply()));
          HistoryStatus h = st.history();
          List<VerifyItem> items = new ArrayList<>();
          items.add(
              h.migrated()
                  ? VerifyItem.pass(
                      "migrations", "at head " + h.head() + " (" + h.source() + " history)")
                  : VerifyItem.fail("migrations", notAtHead(h)));
          for (Map.Entry<String, Boolean> c : st.checks().checks().entrySet()) {
            items.add(
                c.getValue()
                    ? VerifyItem.pass(c.getKey(), "present")
                    : VerifyItem.fail(
                        c.getKey(), "missing or below its floor (see shipgate schema check)"));
          }
          return items;
        });
  }

  private static String notAtHead(HistoryStatus st) {
    List<String> parts = new ArrayList<>();
    parts.add("current " + (st.current() == null ? "none" : st.current()) + ", head " + st.head());
    if (!st.pending().isEmpty()) {
      parts.add("pending " + String.join(", ", st.pending()));
    }
    if (!st.failed().isEmpty()) {
      parts.add("failed " + String.join(", ", st.failed()));
    }
    if (!st.changed().isEmpty()) {
      parts.add("changed after applying " + String.join(", ", st.changed()));
    }
    return String.join("; ", parts) + " (run shipgate status for details)";
  }

  private static StageResult floors(ShipgateConfig config, Request req) {
    Map<String, Long> minRows = config.verify().minRows();
    if (minRows.isEmpty()) {
      return StageResult.skipped(4, "data floors", "no verify.minRows configured");
    }
    return timed(
        4,
        "data floors",
        () ->
            schemaItems(
                schemaService(config)
                    .check(
                        database(req),
                        new ExpectConfig(null, null, null, minRows),
                        config.source())));
  }

  private static SchemaService schemaService(ShipgateConfig config) {
    return new SchemaService(
        config.database().connect(), config.migrations().lockTimeout(), Events.none());
  }

  private static List<VerifyItem> schemaItems(SchemaCheck check) {
    if (check.failureOrNull() != null) {
      return List.of(VerifyItem.fail("database", check.failureOrNull().message()));
    }
    List<VerifyItem> items = new ArrayList<>();
    for (ExpectationResult r : check.report().results()) {
      items.add(r.ok() ? VerifyItem.pass(r.key(), "ok") : VerifyItem.fail(r.key(), r.detail()));
    }
    return items;
  }

  private static DatabaseUrl database(Request req) {
    if (req.database() == null) {
      throw ShipgateException.config(
          req.databaseProblem() == null ? "no database URL configured" : req.databaseProblem());
    }
    return req.database();
  }

  /**
   * Runs a stage; a user-facing failure (database down or not configured) becomes a failed
   * "database" item. Stages 1 and 3 report their own failures as items and never throw.
   */
  private static StageResult timed(int number, String name, Supplier<List<VerifyItem>> body) {
    long t0 = System.nanoTime();
    List<VerifyItem> items;
    try {
      items = body.get();
    } catch (ShipgateException e) {
      items = List.of(VerifyItem.fail("database", e.getMessage()));
    }
    return StageResult.of(number, name, items, (System.nanoTime() - t0) / 1_000_000);
  }

  private static StageResult join(Future<StageResult> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
