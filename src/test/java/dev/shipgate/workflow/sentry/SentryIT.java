package dev.shipgate.workflow.sentry;

import static dev.shipgate.testing.EmbeddedPg.CANARY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.Project;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentryIT {
  @TempDir Path tmp;

  @Test
  void theExampleShopPassesFromACleanCopyAndAgainOnRerun() throws IOException {
    Path shop = tmp.resolve("shop");
    copy(Path.of("examples/shop"), shop);
    assertThat(shop.resolve(".shipgate")).doesNotExist();
    String cfg = shop.resolve("shipgate.yaml").toString();
    CliRun.shipgate("-c", cfg, "lint").exits(0);
    CliRun.shipgate("-c", cfg, "sentry")
        .exits(0)
        .outContains(
            "[1/4] env: ok",
            "[2/4] connect: ok",
            "sqlite:.shipgate/shop.db - SQLite",
            "latency",
            "[3/4] migrate: ok",
            "applied 8, 0 already applied, at 007",
            "[4/4] expectations: ok",
            "4 tables, 3 columns, 1 index, 1 row floor",
            "shipgate sentry: success");
    assertThat(shop.resolve(".shipgate/shop.db")).exists();
    CliRun.shipgate("-c", cfg, "sentry").exits(0).outContains("applied 0, 8 already applied");
    CliRun.shipgate("-c", cfg, "status")
        .exits(0)
        .outContains("at head 007", "ok   projects.chatEnabled");
  }

  @Test
  void missingRequiredEnvStopsBeforeTheDatabaseIsTouched() {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    Project p =
        Project.create(tmp, "env:\n  required: [DATABASE_URL, STRIPE_SECRET_KEY]\n")
            .migration("01_a.sql", "CREATE TABLE a (id INT);");
    CliResult r =
        CliRun.withEmptyEnv()
            .env("DATABASE_URL", db.url())
            .env("STRIPE_SECRET_KEY", "")
            .run("-c", p.config(), "sentry")
            .exits(1)
            .outContains("[1/4] env: FAILED", "STRIPE_SECRET_KEY")
            .errContains("sentry failed at env", "next: set the missing variables")
            .neverShows(CANARY);
    assertThat(r.out()).doesNotContain("[2/4]");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(db.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isZero();
  }

  @Test
  void aDatabaseThatIsDownFailsWithinTheRetryBudgetWithThePasswordMasked() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Project p = Project.create(tmp, "").migration("01_a.sql", "CREATE TABLE a (id INT);");
    p.write(
        "shipgate.yaml",
        "version: 1\ndatabase:\n  url: ${DATABASE_URL}\n"
            + "  connect: {attempts: 3, initialBackoff: 200ms, maxBackoff: 300ms, timeout: 1s}\n"
            + "migrations: {dir: db}\n");
    String url = "postgres://app:" + CANARY + "@127.0.0.1:" + port + "/shop";
    CliResult r =
        CliRun.withEmptyEnv().env("DATABASE_URL", url).run("-c", p.config(), "sentry").exits(1);
    r.outContains("attempt 1/3 failed", "attempt 2/3 failed", "[2/4] connect: FAILED")
        .errContains(
            "cannot connect to postgres://app:****@127.0.0.1:" + port + "/shop after 3 attempts")
        .neverShows(CANARY);
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", url)
        .run("-c", p.config(), "migrate")
        .exits(1)
        .oneLineError()
        .errContains("postgres://app:****@127.0.0.1")
        .neverShows(CANARY);
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", url)
        .run("-c", p.config(), "status")
        .exits(1)
        .errContains("attempt 1/3 failed", "shipgate: cannot connect to postgres://app:****@")
        .neverShows(CANARY);
  }

  @Test
  void failedExpectationsStopTheRunAndPointAtHotpatch() {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    Project p = Project.create(tmp, "").migration("01_a.sql", "CREATE TABLE projects (id INT);");
    p.write(
        "shipgate.yaml",
        "version: 1\ndatabase:\n  url: ${DATABASE_URL}\n"
            + "  expect:\n    columns: {projects.chatEnabled: BOOLEAN}\n"
            + "migrations: {dir: db}\n");
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", db.url())
        .run("-c", p.config(), "sentry")
        .exits(1)
        .outContains(
            "[2/4] connect: ok",
            "PostgreSQL",
            "database " + db.name(),
            "[4/4] expectations: FAILED")
        .errContains("column chatEnabled is missing from projects", "shipgate schema hotpatch")
        .neverShows(CANARY);
  }

  @Test
  void commandMigratorOutputIsStreamedPrefixedAndItsExitCodeFailsTheRun() {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    Project p =
        Project.create(
            tmp,
            "  apply: command\n  command: 'echo \"url=$DATABASE_URL\"; echo oops >&2; exit 3'\n",
            "");
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", db.url())
        .run("-c", p.config(), "migrate")
        .exits(1)
        .outContains("[migrator] url=postgres://postgres:****@localhost", "[migrator] oops")
        .errContains("migrations.command exited with 3")
        .oneLineError()
        .neverShows(CANARY);
  }

  @Test
  void commandMigratorIsKilledAfterItsTimeout() throws Exception {
    Path pidFile = tmp.resolve("migrator.pid");
    Project p =
        Project.create(
            tmp,
            "  apply: command\n  command: 'echo $$ > "
                + pidFile
                + "; exec sleep 300'\n  commandTimeout: 1s\n",
            "");
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", "sqlite:x.db")
        .run("-c", p.config(), "migrate")
        .exits(1)
        .errContains("did not finish within 1s and was killed");
    // killed, not left running (it would sleep 300s): it ends well within a generous bound
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());
  }

  @Test
  void afterTheCommandItsOwnHistoryDecides() {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cmd = "\"$JAVA\" -cp \"$CP\" dev.shipgate.testing.PrismaLikeDeploy db";
    Project p =
        Project.create(tmp, "  layout: prisma\n  apply: command\n  command: '" + cmd + "'\n", "");
    p.write("db/migration_lock.toml", "provider = \"postgresql\"\n");
    p.write("db/20240101000000_init/migration.sql", "CREATE TABLE a (id INT);\n");
    p.write("db/20240201000000_two/migration.sql", "CREATE TABLE b (id INT);\n");
    CliRun run =
        CliRun.withEmptyEnv()
            .env("DATABASE_URL", db.url())
            .env("JAVA", java)
            .env("CP", System.getProperty("java.class.path"));
    run.run("-c", p.config(), "sentry")
        .exits(0)
        .outContains(
            "[migrator] Applying migration `20240101000000_init`",
            "prisma history at 20240201000000_two",
            "success");
    EmbeddedPg.Db other = EmbeddedPg.newDatabase();
    Project q =
        Project.create(
            tmp.resolve("q"),
            "  layout: prisma\n  apply: command\n  command: '" + cmd + " fail-last'\n",
            "");
    q.write("db/20240101000000_init/migration.sql", "CREATE TABLE a (id INT);\n");
    q.write("db/20240201000000_two/migration.sql", "CREATE TABLE b (id INT);\n");
    CliRun.withEmptyEnv()
        .env("DATABASE_URL", other.url())
        .env("JAVA", java)
        .env("CP", System.getProperty("java.class.path"))
        .run("-c", q.config(), "migrate")
        .exits(1)
        .errContains("exited 0, but prisma's history table says: failed 20240201000000_two");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : s.toList()) {
        Path rel = from.relativize(f);
        if (rel.startsWith(".shipgate")) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
