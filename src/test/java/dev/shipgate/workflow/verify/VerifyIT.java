package dev.shipgate.workflow.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shipgate verify` end to end: a migrated SQLite database, a real HTTP server, real processes. */
class VerifyIT {
  @TempDir Path dir;
  private LocalHttpServer server;
  private Process sleeper;
  private int projects;

  @BeforeEach
  void start() throws Exception {
    server =
        LocalHttpServer.start()
            .route("/protected", LocalHttpServer.status(401))
            .route("/ok", LocalHttpServer.json(200, "{}"))
            .route("/broken", LocalHttpServer.status(503))
            .route("/hang", LocalHttpServer.hang());
    sleeper = new ProcessBuilder("sleep", "53.25").start();
  }

  @AfterEach
  void stop() {
    server.close();
    sleeper.destroyForcibly();
  }

  private Project project(String verifyYaml) {
    return Project.create(dir.resolve("project-" + (++projects)), "")
        .write(
            "shipgate.yaml",
            "version: 1\n"
                + "database:\n"
                + "  url: ${DATABASE_URL}\n"
                + "  connect: {attempts: 1, timeout: 30s}\n"
                + "  expect: {tables: [projects]}\n"
                + "migrations: {dir: db}\n"
                + "verify:\n"
                + verifyYaml)
        .migration(
            "001_projects.sql",
            "CREATE TABLE projects (id INTEGER PRIMARY KEY);\nINSERT INTO projects VALUES (1);\n");
  }

  private CliRun env() {
    return CliRun.withEmptyEnv().env("DATABASE_URL", "sqlite:app.db");
  }

  private CliResult verify(Project p, String... extra) {
    String[] args = new String[3 + extra.length];
    args[0] = "-c";
    args[1] = p.config();
    args[2] = "verify";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return env().run(args);
  }

  private String healthy() {
    return "  processes: [\"sleep 53.25\"]\n"
        + "  endpoints:\n"
        + "    - {get: \""
        + server.url("/protected")
        + "\", allow: [200, 401]}\n"
        + "    - {get: \""
        + server.url("/ok")
        + "\"}\n"
        + "  minRows: {projects: 1}\n";
  }

  @Test
  void everyStagePassingExitsZero() {
    Project p = project(healthy());
    env().run("-c", p.config(), "migrate").exits(0);
    verify(p)
        .exits(0)
        .outContains(
            "[1] processes and containers: PASS",
            "[2] migrations and schema: PASS",
            "[3] endpoints: PASS",
            "[4] data floors: PASS",
            "verify: OK");
  }

  @Test
  void oneFailingStageExitsWithItsNumber() {
    Project p = project(healthy().replace("sleep 53.25", "no-such-daemon-xyz"));
    env().run("-c", p.config(), "migrate").exits(0);
    verify(p).exits(1).outContains("FAIL  process no-such-daemon-xyz");

    Project pending = project(healthy());
    env().run("-c", pending.config(), "migrate").exits(0);
    pending.migration("002_more.sql", "CREATE TABLE more (id INTEGER);\n");
    verify(pending).exits(2).outContains("pending 002");
  }

  @Test
  void endpointFailuresAndDataFloorsHaveTheirOwnNumbers() {
    Project p = project(healthy().replace("/ok", "/broken"));
    env().run("-c", p.config(), "migrate").exits(0);
    verify(p).exits(3).outContains("HTTP_5XX");

    Project floors = project(healthy().replace("projects: 1", "projects: 10"));
    verify(floors).exits(99);
    env().run("-c", floors.config(), "migrate").exits(0);
    verify(floors).exits(4).outContains("expected at least 10");
  }

  @Test
  void quickSkipsTheEndpoints() {
    Project p = project(healthy().replace("/ok", "/hang"));
    env().run("-c", p.config(), "migrate").exits(0);
    verify(p, "--quick").exits(0).outContains("[3] endpoints: SKIP (skipped by --quick)");
  }

  @Test
  void jsonListsEveryStageWithItsResults() throws Exception {
    Project p = project(healthy().replace("/ok", "/broken"));
    env().run("-c", p.config(), "migrate").exits(0);
    JsonNode n = Json.mapper().readTree(verify(p, "--format", "json").exits(3).out());
    assertThat(n.get("ok").asBoolean()).isFalse();
    assertThat(n.get("exitCode").asInt()).isEqualTo(3);
    assertThat(n.get("stages")).hasSize(4);
    JsonNode endpoints = n.get("stages").get(2);
    assertThat(endpoints.get("status").asText()).isEqualTo("FAIL");
    assertThat(endpoints.at("/results/1/probe/reason").asText()).isEqualTo("HTTP_5XX");
    assertThat(endpoints.at("/results/0/probe/httpStatus").asInt()).isEqualTo(401);
  }

  @Test
  void databaseThatIsDownFailsStagesTwoAndFourWithoutShowingThePassword() {
    Project p = project("  minRows: {projects: 1}\n");
    String password = "canary-verify-pw-42";
    CliResult r =
        CliRun.withEmptyEnv()
            .env(
                "DATABASE_URL",
                "postgres://app:"
                    + password
                    + "@127.0.0.1:"
                    + LocalHttpServer.refusedPort()
                    + "/app")
            .run("-c", p.config(), "verify")
            .exits(99)
            .neverShows(password);
    assertThat(r.out())
        .contains("[2] migrations and schema: FAIL", "[4] data floors: FAIL", "app:****@127.0.0.1");
  }

  @Test
  void emptyDatabaseUrlFailsOnlyTheStagesThatNeedIt() {
    Project p = project("  processes: [\"sleep 53.25\"]\n");
    CliRun.withEmptyEnv()
        .run("-c", p.config(), "verify")
        .exits(2)
        .outContains("database.url is empty (is DATABASE_URL set?)");
  }

  @Test
  void missingDockerIsNamed() {
    Project p = project("  containers: [shop-db]\n");
    env().run("-c", p.config(), "migrate").exits(0);
    env()
        .env("SHIPGATE_DOCKER", "/nonexistent/docker")
        .run("-c", p.config(), "verify")
        .exits(1)
        .outContains("Docker is unavailable: the docker CLI was not found");
  }
}
