package dev.shipgate.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.ChildShipgate;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real shipgate process mid-{@code migrate}: nothing of it goes on running (no
 * statement on the server, no migrator process), the lock is free, and the run says what it
 * stopped. Every wait is for a condition, with a generous deadline; nothing is timed.
 */
class SignalsIT {
  private static final long DEADLINE_SECONDS = 120;

  @TempDir Path tmp;

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() < deadline).as("still waiting for: " + what).isTrue();
      Thread.sleep(50);
    }
  }

  private static long sleepers(EmbeddedPg.Db db) {
    return db.count(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = '"
            + db.name()
            + "' AND query LIKE '%pg_sleep(600)%' AND query NOT LIKE '%pg_stat_activity%'");
  }

  @Test
  void sigtermMidStatementCancelsItReleasesTheLockAndTheRerunStartsAtOnce() throws Exception {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    Project p =
        Project.create(tmp, "")
            .migration("001_a.sql", "CREATE TABLE a (id INT);\n")
            .migration("002_slow.sql", "CREATE TABLE b (id INT);\nSELECT pg_sleep(600);\n");
    Path log = tmp.resolve("migrate.log");
    Process child =
        ChildShipgate.start(log, Map.of("DATABASE_URL", db.url()), "-c", p.config(), "migrate");
    await("the slow statement to run on the server", () -> sleepers(db) == 1);

    child.destroy(); // SIGTERM
    assertThat(child.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
    String out = ChildShipgate.output(log);
    assertThat(child.exitValue()).as(out).isEqualTo(143);
    String last = out.strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last)
        .startsWith("shipgate: interrupted by SIGTERM while applying ")
        .contains("002_slow.sql", "cancelled its statement on the server")
        .contains("rolled back its transaction", "released the migration lock")
        .endsWith("(exit 143)");
    assertThat(out).doesNotContain(EmbeddedPg.CANARY).doesNotContain("Exception");
    assertThat(sleepers(db)).as("no statement left running").isZero();
    assertThat(db.count("SELECT count(*) FROM information_schema.tables WHERE table_name = 'b'"))
        .as("002 rolled back")
        .isZero();

    p.migration("002_slow.sql", "CREATE TABLE b (id INT);\n");
    Path rerunLog = tmp.resolve("rerun.log");
    Process rerun =
        ChildShipgate.start(
            rerunLog,
            Map.of("DATABASE_URL", db.url()),
            "-c",
            p.config(),
            "migrate",
            "--lock-timeout",
            "1s");
    assertThat(rerun.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
    String rerunOut = ChildShipgate.output(rerunLog);
    assertThat(rerun.exitValue()).as(rerunOut).isZero();
    assertThat(rerunOut).doesNotContain("waiting for the migration lock");
  }

  @Test
  void underFormatJsonAnInterruptedRunEndsStdoutWithOneInterruptedDocument() throws Exception {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    Project p =
        Project.create(tmp, "")
            .migration("001_slow.sql", "CREATE TABLE a (id INT);\nSELECT pg_sleep(600);\n");
    dev.shipgate.testing.JarRun.Running run =
        dev.shipgate.testing.JarRun.start(
            tmp, Map.of("DATABASE_URL", db.url()), "-c", p.config(), "migrate", "--format", "json");
    await("the slow statement to run on the server", () -> sleepers(db) == 1);

    run.process().destroy(); // SIGTERM
    dev.shipgate.testing.CliResult r = run.finish();
    assertThat(r.exitCode()).as(r.err()).isEqualTo(143);
    com.fasterxml.jackson.databind.JsonNode doc =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(doc.path("ok").asBoolean(true)).isFalse();
    com.fasterxml.jackson.databind.JsonNode error = doc.path("error");
    assertThat(error.path("code").asText()).isEqualTo("INTERRUPTED");
    assertThat(error.path("exitCode").asInt()).isEqualTo(143);
    assertThat(error.path("signal").asText()).isEqualTo("SIGTERM");
    assertThat(error.path("while").toString()).contains("001_slow.sql");
    assertThat(error.path("done").toString())
        .contains("cancelled its statement on the server", "released the migration lock");
    assertThat(r.out().strip().lines().filter(l -> l.startsWith("{")).count())
        .as("one document: " + r.out())
        .isEqualTo(1);
    assertThat(r.err().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("shipgate: interrupted by SIGTERM");
    assertThat(r.out() + r.err()).doesNotContain(EmbeddedPg.CANARY);
    assertThat(sleepers(db)).as("no statement left running").isZero();
  }

  @Test
  void sigtermStopsTheMigratorCommandAndEveryProcessItStarted() throws Exception {
    Project p =
        Project.create(tmp, "  apply: command\n  command: sh ./migrate.sh\n", "")
            .write(
                "migrate.sh",
                """
                ( sleep 600 & echo $! >> pids; sleep 600 ) &
                echo $! >> pids
                sleep 600 &
                echo $! >> pids
                echo $$ >> pids
                echo started
                wait
                """);
    Path pids = tmp.resolve("pids");
    Path log = tmp.resolve("migrate.log");
    Process child =
        ChildShipgate.start(
            log,
            Map.of("DATABASE_URL", "sqlite:" + tmp.resolve("app.db")),
            "-c",
            p.config(),
            "migrate");
    await("the migrator and its children to start", () -> lines(pids).size() == 4);

    child.destroy(); // SIGTERM
    assertThat(child.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
    String out = ChildShipgate.output(log);
    assertThat(child.exitValue()).as(out).isEqualTo(143);
    assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("shipgate: interrupted by SIGTERM while running migrations.command")
        .contains("stopped it and every process it started");
    for (String pid : lines(pids)) {
      await("process " + pid + " (started by the migrator) to end", () -> !running(pid));
    }
  }

  @Test
  void aLockHeldBySessionWhoseShipgateProcessIsGoneSaysSo() throws Exception {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    Project p = Project.create(tmp, "").migration("001_slow.sql", "SELECT pg_sleep(600);\n");
    Process child =
        ChildShipgate.start(
            tmp.resolve("killed.log"),
            Map.of("DATABASE_URL", db.url()),
            "-c",
            p.config(),
            "migrate");
    await("the slow statement to run on the server", () -> sleepers(db) == 1);
    child.destroyForcibly(); // SIGKILL: no chance to cancel; the session lives on, holding the lock
    assertThat(child.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
    try {
      Path log = tmp.resolve("waiting.log");
      Process waiting =
          ChildShipgate.start(
              log,
              Map.of("DATABASE_URL", db.url()),
              "-c",
              p.config(),
              "migrate",
              "--lock-timeout",
              "1s");
      assertThat(waiting.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)).isTrue();
      String out = ChildShipgate.output(log);
      assertThat(waiting.exitValue()).as(out).isEqualTo(1);
      assertThat(out)
          .contains("its shipgate process " + child.pid() + " no longer exists on this host")
          .contains("pg_terminate_backend(");
    } finally {
      db.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
              + db.name()
              + "' AND pid <> pg_backend_pid()");
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.exists(file)
          ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList()
          : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Alive and not a zombie (a zombie has ended; only its parent has not reaped it yet). */
  private static boolean running(String pid) {
    try {
      String stat = Files.readString(Path.of("/proc", pid.strip(), "stat"));
      char state = stat.charAt(stat.lastIndexOf(')') + 2);
      return state != 'Z' && state != 'X';
    } catch (IOException e) {
      return false;
    }
  }
}
