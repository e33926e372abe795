package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.Golden;
import dev.shipgate.testing.LocalHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON documents of migrate, sentry and schema check (docs/database.md): one document on
 * success and on failure, with the failed step and the steps before it, held against golden files.
 * Durations, temp paths and ports are the only things normalised.
 */
class JsonContractsIT {
  @TempDir Path dir;

  private Path project(String expect) throws Exception {
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(
        dir.resolve("db/001_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    Files.writeString(
        dir.resolve("db/002_projects.sql"),
        "CREATE TABLE projects (id INTEGER PRIMARY KEY, name TEXT);\n"
            + "INSERT INTO projects (name) VALUES ('demo');\n");
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(
        cfg,
        "version: 1\nproject: contracts\n"
            + "database:\n  url: ${DATABASE_URL:-sqlite:app.db}\n  connect: {attempts: 1}\n"
            + expect
            + "migrations: {dir: db}\n");
    return cfg;
  }

  private String normalised(String json) {
    String d = dir.toAbsolutePath().toString();
    return json.replace(d, "<dir>")
        .replaceAll("\"durationMs\": \\d+", "\"durationMs\": 0")
        .replaceAll("\"latencyMs\": [0-9.]+", "\"latencyMs\": 0.0")
        .replaceAll("\"version\": \"3\\.[0-9.]+\"", "\"version\": \"<sqlite>\"")
        .replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:<port>")
        .replaceAll(" in \\d+ms", " in <n>ms");
  }

  private static JsonNode parse(CliResult r) throws Exception {
    return Json.mapper().readTree(r.out());
  }

  @Test
  void migrateSucceedsWithEveryStepApplied() throws Exception {
    Path cfg = project("");
    CliResult r = CliRun.shipgate("-c", cfg.toString(), "migrate", "--format", "json").exits(0);
    assertThat(r.out()).doesNotContain("applied 001"); // live lines never reach the document
    Golden.assertMatches("migrate-ok.json", normalised(r.out()));
  }

  @Test
  void migrateFailingFileKeepsWhatWasAppliedBeforeIt() throws Exception {
    Path cfg = project("");
    Files.writeString(
        dir.resolve("db/003_broken.sql"),
        "CREATE TABLE x (id INTEGER);\nINSERT INTO nope VALUES (1);\n");
    CliResult r = CliRun.shipgate("-c", cfg.toString(), "migrate", "--format", "json").exits(1);
    JsonNode doc = parse(r);
    assertThat(doc.at("/error/code").asText()).isEqualTo("MIGRATION_FAILED");
    assertThat(doc.at("/failedStep/line").asInt()).isEqualTo(2);
    assertThat(doc.get("steps").findValuesAsText("outcome"))
        .containsExactly("APPLIED", "APPLIED", "FAILED");
    // under --format json the live lines go to stderr; the error is its last line, no trace
    assertThat(r.err().strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("shipgate: " + dir.resolve("db/003_broken.sql") + ":2: ");
    assertThat(r.err()).doesNotContain("\tat ");
    Golden.assertMatches("migrate-failed-step.json", normalised(r.out()));
  }

  @Test
  void migrateWithTheDatabaseDownIsADocumentWithTheConnectionError() throws Exception {
    Path cfg = project("");
    CliResult r =
        CliRun.withEmptyEnv()
            .env(
                "DATABASE_URL",
                "postgres://app@127.0.0.1:" + LocalHttpServer.refusedPort() + "/app")
            .run("-c", cfg.toString(), "migrate", "--format", "json")
            .exits(1);
    assertThat(parse(r).at("/error/code").asText()).isEqualTo("DB_UNREACHABLE");
    Golden.assertMatches("migrate-db-down.json", normalised(r.out()));
  }

  @Test
  void sentrySucceedsWithEveryStepAndWhatItFound() throws Exception {
    Path cfg = project("  expect: {tables: [users, projects], minRows: {projects: 1}}\n");
    CliResult r = CliRun.shipgate("-c", cfg.toString(), "sentry", "--format", "json").exits(0);
    Golden.assertMatches("sentry-ok.json", normalised(r.out()));
  }

  @Test
  void sentryFailingExpectationsSaysWhatIsMissingAndWhatToDoNext() throws Exception {
    Path cfg =
        project(
            "  expect:\n    columns: {projects.chatEnabled: BOOLEAN}\n    indexes: {ix_projects_name: projects(name)}\n");
    CliResult r = CliRun.shipgate("-c", cfg.toString(), "sentry", "--format", "json").exits(1);
    JsonNode doc = parse(r);
    assertThat(doc.get("steps").findValuesAsText("status"))
        .containsExactly("ok", "ok", "ok", "failed");
    assertThat(doc.at("/error/code").asText()).isEqualTo("EXPECTATIONS_FAILED");
    Golden.assertMatches("sentry-expectations-failed.json", normalised(r.out()));
  }

  @Test
  void schemaCheckReportsTypedProblems() throws Exception {
    Path cfg =
        project(
            "  expect:\n    tables: [users, missing_table]\n    columns: {projects.chatEnabled: BOOLEAN}\n"
                + "    indexes: {ix_projects_name: projects(name)}\n    minRows: {users: 1}\n");
    CliRun.shipgate("-c", cfg.toString(), "migrate").exits(0);
    CliResult r =
        CliRun.shipgate("-c", cfg.toString(), "schema", "check", "--format", "json").exits(1);
    JsonNode doc = parse(r);
    assertThat(doc.get("results").findValuesAsText("type"))
        .containsExactly("TABLE_MISSING", "COLUMN_MISSING", "INDEX_MISSING", "TOO_FEW_ROWS");
    Golden.assertMatches("schema-check-problems.json", normalised(r.out()));
  }

  @Test
  void schemaCheckWithTheDatabaseDownIsADocumentToo() throws Exception {
    Path cfg = project("  expect: {tables: [users]}\n");
    CliResult r =
        CliRun.withEmptyEnv()
            .env("DATABASE_URL", "sqlite:" + dir.resolve("absent.db"))
            .run("-c", cfg.toString(), "schema", "check", "--format", "json")
            .exits(1);
    JsonNode doc = parse(r);
    assertThat(doc.get("ok").asBoolean()).isFalse();
    assertThat(doc.get("results")).isEmpty();
    assertThat(doc.at("/error/code").asText()).isEqualTo("DB_REJECTED");
  }
}
