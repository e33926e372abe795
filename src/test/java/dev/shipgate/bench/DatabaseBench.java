package dev.shipgate.bench;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Events;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.migrate.LintGate;
import dev.shipgate.migrate.MigrateRequest;
import dev.shipgate.migrate.Migrator;
import dev.shipgate.status.HistoryStatus;
import dev.shipgate.status.StatusService;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.workflow.StatusWorkflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;

/**
 * shipgate vs Flyway on the same embedded PostgreSQL, in the same JVM: {@code migrate} of N small
 * files (a fresh database each round) and {@code status} with N applied vs Flyway {@code validate}.
 * Both tools run in-process with their output off, after a warm-up round on 50 files. Run it with
 * {@code bench/db-bench.sh [files] [rounds]}.
 */
public final class DatabaseBench {
  private DatabaseBench() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path work = Files.createTempDirectory("shipgate-bench");
    EmbeddedPg.server();
    System.out.printf(
        Locale.ROOT,
        "shipgate %s vs Flyway %s, PostgreSQL %s, Java %s, %d cores%n",
        dev.shipgate.core.ShipgateVersion.get(),
        flywayVersion(),
        serverVersion(),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());

    round(BenchFiles.write(work.resolve("warmup"), 50), 1, false);
    round(BenchFiles.write(work.resolve("files"), files), rounds, true);
  }

  private static void round(Path dir, int rounds, boolean report) throws Exception {
    ShipgateConfig config = config(dir);
    List<Long> sgMigrate = new ArrayList<>();
    List<Long> fwMigrate = new ArrayList<>();
    List<Long> sgStatus = new ArrayList<>();
    List<Long> fwValidate = new ArrayList<>();
    List<Long> fwValidateReused = new ArrayList<>();
    int n;
    try (var s = Files.list(dir)) {
      n = (int) s.count();
    }
    for (int r = 0; r < rounds; r++) {
      EmbeddedPg.Db a = EmbeddedPg.newDatabase();
      EmbeddedPg.Db b = EmbeddedPg.newDatabase();
      Flyway flyway =
          Flyway.configure()
              .dataSource(b.jdbcUrl(), "postgres", "")
              .locations("filesystem:" + dir)
              .loggers("slf4j")
              .load();
      DatabaseUrl url = DatabaseUrl.parse(a.url(), dir);
      MigrateRequest req =
          new MigrateRequest(
              url, dir, MigrationLayout.FLYWAY, false, null, false, Duration.ofMinutes(1));
      if (r % 2 == 0) {
        sgMigrate.add(time(() -> migrator(config).run(req)));
        fwMigrate.add(time(flyway::migrate));
      } else {
        fwMigrate.add(time(flyway::migrate));
        sgMigrate.add(time(() -> migrator(config).run(req)));
      }
      StatusService.Request sreq =
          new StatusService.Request(url, dir, MigrationLayout.FLYWAY, false, ApplyMode.BUILTIN);
      for (int i = 0; i < 5; i++) {
        sgStatus.add(
            time(() -> check(StatusWorkflow.of(config(dir), Events.none()).run(sreq).history())));
        fwValidate.add(
            time(
                () ->
                    Flyway.configure()
                        .dataSource(b.jdbcUrl(), "postgres", "")
                        .locations("filesystem:" + dir)
                        .loggers("slf4j")
                        .load()
                        .validateWithResult()));
        fwValidateReused.add(time(flyway::validateWithResult));
      }
    }
    if (report) {
      System.out.printf(Locale.ROOT, "%d files, %d rounds (medians):%n", n, rounds);
      line("migrate", BenchFiles.median(sgMigrate), "Flyway migrate", BenchFiles.median(fwMigrate));
      line("status", BenchFiles.median(sgStatus), "Flyway validate", BenchFiles.median(fwValidate));
      System.out.printf(
          Locale.ROOT,
          "  (Flyway validate on an instance that already validated once: %d ms; shipgate status"
              + " above includes reading shipgate.yaml, Flyway validate its configure/load)%n",
          BenchFiles.median(fwValidateReused));
    }
  }

  private static Migrator migrator(ShipgateConfig config) {
    return new Migrator(
        config.database().connect(), new LintGate(config), Events.none(), Clock.systemUTC());
  }

  private static Object check(HistoryStatus s) {
    if (!s.migrated()) {
      throw new IllegalStateException("status after migrate is not at head: " + s);
    }
    return s;
  }

  private static void line(String ours, long oursMs, String theirs, long theirsMs) {
    System.out.printf(
        Locale.ROOT,
        "  shipgate %-8s %6d ms   %-16s %6d ms   %.1fx%n",
        ours,
        oursMs,
        theirs,
        theirsMs,
        theirsMs / (double) Math.max(1, oursMs));
  }

  private static long time(Supplier<?> body) {
    long t0 = System.nanoTime();
    body.get();
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private static ShipgateConfig config(Path dir) {
    Path yaml = dir.resolveSibling(dir.getFileName() + ".yaml");
    try {
      if (!Files.exists(yaml)) {
        Files.writeString(
            yaml, "version: 1\nmigrations:\n  dir: " + dir.getFileName() + "\n  layout: flyway\n");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new ConfigLoader(k -> null).loadFile(yaml);
  }

  private static String flywayVersion() throws Exception {
    try (var in =
        Flyway.class.getResourceAsStream(
            "/META-INF/maven/org.flywaydb/flyway-core/pom.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "?");
    }
  }

  private static String serverVersion() throws Exception {
    try (var c = EmbeddedPg.newDatabase().connect();
        var st = c.createStatement();
        var rs = st.executeQuery("SHOW server_version")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
