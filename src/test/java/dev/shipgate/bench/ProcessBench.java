package dev.shipgate.bench;

import dev.shipgate.testing.EmbeddedPg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * shipgate vs the Flyway command-line tool as a user runs them: whole processes (JVM start
 * included), on the same embedded PostgreSQL, alternating which goes first. {@code shipgate status}
 * vs {@code flyway validate} with N applied migrations, and {@code shipgate migrate} vs {@code
 * flyway migrate} of N files into empty databases. Run it with {@code bench/db-process-bench.sh
 * [files] [runs]}.
 */
public final class ProcessBench {
  private ProcessBench() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path launcher = Path.of(args[2]).toAbsolutePath();
    String flywayClasspath = Files.readString(Path.of(args[3])).strip();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path work = Files.createTempDirectory("shipgate-process-bench");
    Path dir = work.resolve("sql");
    BenchFiles.write(dir, files);
    EmbeddedPg.server();

    Tool shipgate =
        (db, verb) ->
            verb.equals("validate")
                ? List.of(launcher.toString(), "status", "--url", db.url(), "--dir", dir.toString())
                : List.of(
                    launcher.toString(),
                    "migrate",
                    "--url",
                    db.url(),
                    "--dir",
                    dir.toString(),
                    "--layout",
                    "flyway");
    Tool flyway =
        (db, verb) ->
            List.of(
                java,
                "-cp",
                flywayClasspath,
                "org.flywaydb.commandline.Main",
                "-url=" + db.jdbcUrl(),
                "-user=postgres",
                "-locations=filesystem:" + dir,
                verb);

    System.out.printf(
        Locale.ROOT,
        "whole process, %d files, %d runs, Java %s, %d cores%n",
        files,
        runs,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());

    EmbeddedPg.Db a = EmbeddedPg.newDatabase();
    EmbeddedPg.Db b = EmbeddedPg.newDatabase();
    run(shipgate.command(a, "migrate"), work); // also warms the launcher's class-data cache
    run(flyway.command(b, "migrate"), work);
    List<Long> status = new ArrayList<>();
    List<Long> validate = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      if (r % 2 == 0) {
        status.add(run(shipgate.command(a, "validate"), work));
        validate.add(run(flyway.command(b, "validate"), work));
      } else {
        validate.add(run(flyway.command(b, "validate"), work));
        status.add(run(shipgate.command(a, "validate"), work));
      }
    }
    List<Long> sgMigrate = new ArrayList<>();
    List<Long> fwMigrate = new ArrayList<>();
    for (int r = 0; r < Math.max(1, runs / 2); r++) {
      EmbeddedPg.Db x = EmbeddedPg.newDatabase();
      EmbeddedPg.Db y = EmbeddedPg.newDatabase();
      sgMigrate.add(run(shipgate.command(x, "migrate"), work));
      fwMigrate.add(run(flyway.command(y, "migrate"), work));
    }
    line("status", status, "flyway validate", validate);
    line("migrate", sgMigrate, "flyway migrate", fwMigrate);
  }

  private interface Tool {
    List<String> command(EmbeddedPg.Db db, String verb);
  }

  private static long run(List<String> command, Path cwd) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .directory(cwd.toFile())
            .redirectErrorStream(true)
            .redirectOutput(cwd.resolve("last-run.log").toFile())
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command.get(0));
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "exit "
              + p.exitValue()
              + " from "
              + command.get(0)
              + ": "
              + Files.readString(cwd.resolve("last-run.log")));
    }
    return ms;
  }

  private static void line(String ours, List<Long> oursMs, String theirs, List<Long> theirsMs) {
    long o = BenchFiles.median(oursMs);
    long t = BenchFiles.median(theirsMs);
    System.out.printf(
        Locale.ROOT,
        "  shipgate %-8s median %6d ms (min %d)   %-16s median %6d ms (min %d)   %.1fx%n",
        ours,
        o,
        Collections.min(oursMs),
        theirs,
        t,
        Collections.min(theirsMs),
        t / (double) Math.max(1, o));
  }
}
