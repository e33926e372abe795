package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four findings of issue 14: config values that crashed, usage errors that echoed secrets. */
class HostileInputTest {
  private static final String CANARY = "sk_live_CANARY0123456789abcdef";

  @TempDir Path dir;

  private CliResult sentry(Project p) {
    String url = "sqlite:" + dir.resolve("app.db");
    return CliRun.withEmptyEnv().env("DATABASE_URL", url).run("-c", p.config(), "sentry");
  }

  private Project project(String extraYaml) {
    return Project.create(dir, extraYaml)
        .migration("001_init.sql", "CREATE TABLE projects (id int);\n");
  }

  @Test
  void anExpectedRowCountThatExpandsToNothingIsAConfigErrorBeforeAnyMigration() {
    Project p = project("  expect:\n    minRows: {projects: '${UNSET-}'}\n");
    // the expect block belongs to database:, which Project writes first
    p.write(
        "shipgate.yaml",
        "version: 1\ndatabase:\n  url: ${DATABASE_URL}\n  expect:\n"
            + "    minRows: {projects: '${UNSET-}'}\nmigrations:\n  dir: db\n");
    sentryFailsOnConfig(p, ":5:", "database.expect.minRows.projects");
  }

  @Test
  void anEmptyExpectedTableIsAConfigErrorBeforeAnyMigration() {
    Project p = project("");
    p.write(
        "shipgate.yaml",
        "version: 1\ndatabase:\n  url: ${DATABASE_URL}\n  expect:\n"
            + "    tables: [null]\nmigrations:\n  dir: db\n");
    sentryFailsOnConfig(p, ":5:", "database.expect.tables[0]");
  }

  @Test
  void anInvalidSkipGlobIsAConfigErrorForLintAndBeforeAnyMigration() {
    Project p = project("");
    p.write(
        "shipgate.yaml",
        "version: 1\ndatabase:\n  url: ${DATABASE_URL}\nmigrations:\n  dir: db\n  skip: ['[']\n");
    sentryFailsOnConfig(p, ":6:", "migrations.skip[0]");
    CliRun.withEmptyEnv()
        .run("-c", p.config(), "lint")
        .exits(78)
        .oneLineError()
        .errContains("migrations.skip[0]: not a valid glob");
  }

  private void sentryFailsOnConfig(Project p, String line, String key) {
    sentry(p).exits(78).oneLineError().errContains(line, key);
    assertThat(Files.exists(dir.resolve("app.db")))
        .as("nothing touched the database before the config was rejected")
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "incidents record --summary " + CANARY,
        "incidents record --sumary " + CANARY,
        "incidents bogus " + CANARY,
        "lint migrations --bogus=" + CANARY,
        "check --timeout " + CANARY,
        "wait --timeout " + CANARY + " tcp://127.0.0.1:1",
        "status --url " + CANARY + " extra " + CANARY,
        "--" + CANARY,
        CANARY,
      })
  void aUsageErrorNeverEchoesAnArgumentThatMayBeASecret(String line) {
    CliResult r = CliRun.withEmptyEnv().run(line.split(" "));
    assertThat(r.exitCode()).isIn(64, 66, 78, 1);
    r.neverShows(CANARY).neverShows("CANARY");
  }

  @Test
  void aUsageErrorStillNamesTheOptionItDidNotKnowAndSuggestsTheRightOne() {
    CliRun.withEmptyEnv()
        .run("incidents", "list", "--limt", CANARY)
        .exits(64)
        .oneLineError()
        .errContains("--limt", "****")
        .neverShows(CANARY);
  }
}
