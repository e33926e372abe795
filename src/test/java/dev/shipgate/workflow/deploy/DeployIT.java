package dev.shipgate.workflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.deploy.Ports;
import dev.shipgate.deploy.ProcessGroups;
import dev.shipgate.deploy.StateFile;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shipgate deploy} end to end: real child processes (the example's Python stand-ins) started
 * as services, a SQLite database and store in a temp dir, real HTTP servers for externals.
 */
class DeployIT {
  static final Path STANDIN = Path.of("examples/deploy/standin.py").toAbsolutePath();

  @TempDir Path tmp;

  @AfterEach
  void stopEverythingTheDeployLeftRunning() {
    StateFile.State st = new StateFile(tmp.resolve(".shipgate")).read();
    for (StateFile.Owned o : st.processes()) {
      ProcessGroups.stop(o.pgid(), Duration.ofSeconds(5));
    }
  }

  static int freePort() {
    return LocalHttpServer.refusedPort();
  }

  /** A backend service entry on {@code port} (MODE from {@code mode}), with recovery endpoints. */
  static String backend(int port, String mode, String extra) {
    return "  - name: backend\n"
        + "    role: backend\n"
        + "    start: python3 "
        + STANDIN
        + " backend\n"
        + "    port: "
        + port
        + "\n"
        + "    env: {MODE: "
        + mode
        + ", VERSION: v2}\n"
        + "    stopTimeout: 5s\n"
        + "    ready:\n"
        + "      - get: http://127.0.0.1:"
        + port
        + "/health/live\n"
        + "        expect: {status: [200], json: {\"$.status\": \"alive\"}}\n"
        + extra;
  }

  Project project(String servicesYaml, String extraYaml) {
    return Project.create(tmp, "", "services:\n" + servicesYaml + extraYaml)
        .migration("001_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT);\n");
  }

  CliRun cli() {
    return CliRun.withEmptyEnv()
        .env("DATABASE_URL", "sqlite:" + tmp.resolve("app.db"))
        .env("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  static JsonNode json(CliResult r) throws IOException {
    return Json.mapper().readTree(r.out());
  }

  List<Path> reports(String ext) throws IOException {
    Path dir = tmp.resolve("logs");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("deploy-report-"))
          .filter(p -> p.toString().endsWith(ext))
          .sorted()
          .toList();
    }
  }

  @Test
  void deployRunsEveryPhaseAndLeavesTheServicesRunningWithAReport() throws IOException {
    int be = freePort();
    int fe = freePort();
    Project p =
        project(
            backend(be, "ok", "")
                + "  - name: web\n"
                + "    role: frontend\n"
                + "    start: python3 "
                + STANDIN
                + " frontend\n"
                + "    port: "
                + fe
                + "\n"
                + "    ready:\n"
                + "      - get: http://127.0.0.1:"
                + fe
                + "/\n",
            "");
    CliResult r = cli().run("-c", p.config(), "deploy", "--format", "json").exits(0);
    JsonNode doc = json(r);
    assertThat(doc.get("status").asText()).isEqualTo("SUCCESS");
    assertThat(doc.get("exitCode").asInt()).isEqualTo(0);
    List<String> states = doc.get("phases").findValuesAsText("state");
    assertThat(states)
        .containsExactly(
            "PRECHECK",
            "DB_VALIDATE",
            "MIGRATE_VERIFY",
            "BACKEND_START",
            "BACKEND_READY_GATE",
            "FRONTEND_START",
            "TUNNEL_START_OR_VERIFY",
            "EXTERNAL_VERIFY",
            "SUCCESS");
    assertThat(doc.get("phases").get(1).get("status").asText()).isEqualTo("PASS");
    assertThat(doc.get("phases").get(6).get("status").asText()).isEqualTo("SKIP");
    assertThat(doc.get("database").get("connection").get("product").asText()).isEqualTo("SQLite");
    assertThat(reports(".json")).hasSize(1);
    assertThat(reports(".txt")).hasSize(1);
    assertThat(reports(".html")).hasSize(1);
    String html = Files.readString(reports(".html").get(0));
    assertThat(html)
        .contains("BACKEND_READY_GATE")
        .doesNotContain("<script", "http://", "https://");
    assertThat(tmp.resolve("logs/backend.log")).exists();
    StateFile.State st = new StateFile(tmp.resolve(".shipgate")).read();
    assertThat(st.processes()).extracting(StateFile.Owned::name).containsExactly("backend", "web");
    assertThat(st.processes()).allMatch(StateFile.Owned::alive);
    assertThat(Ports.isFree(be)).isFalse();
  }

  @Test
  void deployStopsAtOnceWhenTheDatabaseIsDownAndStartsNothing() throws IOException {
    int be = freePort();
    int db = freePort();
    Project p = project(backend(be, "ok", ""), "");
    CliResult r =
        cli()
            .env("DATABASE_URL", "postgres://app:secret@127.0.0.1:" + db + "/app")
            .run("-c", p.config(), "deploy", "--format", "json")
            .exits(1);
    JsonNode doc = json(r);
    assertThat(doc.get("failedPhase").asText()).isEqualTo("DB_VALIDATE");
    assertThat(doc.get("error").get("code").asText()).isEqualTo("DB_UNREACHABLE");
    assertThat(doc.get("services")).isEmpty();
    assertThat(tmp.resolve("logs/backend.log")).doesNotExist();
    assertThat(doc.get("rollback").get("stopped")).isEmpty();
    CliResult incidents = cli().run("-c", p.config(), "incidents", "list", "--format", "json");
    assertThat(incidents.out()).contains("deploy failed in DB_VALIDATE", "CRITICAL", "\"DB\"");
  }

  @Test
  void deployStopsWhatItStartedWhenTheBackendNeverBecomesReady() throws IOException {
    int be = freePort();
    Path recoverLog = tmp.resolve("recover.log");
    String svc =
        backend(
                be,
                "never-ready",
                "    readyTimeout: 8s\n"
                    + "    recover:\n"
                    + "      stats: http://127.0.0.1:"
                    + be
                    + "/health/recovery-stats\n"
                    + "      trigger: http://127.0.0.1:"
                    + be
                    + "/health/recover\n")
            .replace("VERSION: v2}", "VERSION: v2, RECOVER_LOG: '" + recoverLog + "'}");
    Project p = project(svc, "deploy: {recoverTimeout: 2s}\n");
    CliResult r = cli().run("-c", p.config(), "deploy", "--format", "json").exits(1);
    JsonNode doc = json(r);
    assertThat(doc.get("failedPhase").asText()).isEqualTo("BACKEND_READY_GATE");
    assertThat(doc.get("error").get("code").asText()).isEqualTo("NOT_READY");
    assertThat(Files.readAllLines(recoverLog)).containsExactly("recover");
    assertThat(doc.get("rollback").get("complete").asBoolean()).isTrue();
    assertThat(doc.get("rollback").get("stopped").get(0).get("portFree").asBoolean()).isTrue();
    assertThat(Ports.isFree(be)).isTrue();
    assertThat(new StateFile(tmp.resolve(".shipgate")).read().processes()).isEmpty();
    assertThat(doc.get("services").get(0).get("lastLines").toString()).contains("GET /health/live");
    assertThat(r.err()).contains("still waiting for backend", "recovery triggered once");
  }

  @Test
  void deployFailsFastWhenTheBackendExitsAtStartWithItsLogLinesInTheReport() throws IOException {
    int be = freePort();
    Project p = project(backend(be, "exit-at-start", "    readyTimeout: 10m\n"), "");
    CliResult r = cli().run("-c", p.config(), "deploy", "--format", "json").exits(1);
    JsonNode doc = json(r);
    assertThat(doc.get("failedPhase").asText()).isEqualTo("BACKEND_READY_GATE");
    assertThat(doc.get("error").get("code").asText()).isEqualTo("SERVICE_EXITED");
    assertThat(doc.get("error").get("message").asText()).contains("exited with code 3");
    JsonNode svc = doc.get("services").get(0);
    assertThat(svc.get("state").asText()).isEqualTo("EXITED");
    assertThat(svc.get("exitCode").asInt()).isEqualTo(3);
    assertThat(svc.get("lastLines").toString()).contains("cannot start: missing config");
    assertThat(Files.readString(reports(".txt").get(0))).contains("cannot start: missing config");
  }

  @Test
  void anOptionalExternalThatFailsMakesTheDeployPartial() throws IOException {
    int be = freePort();
    try (LocalHttpServer api = LocalHttpServer.start()) {
      api.route("/ping", LocalHttpServer.status(503));
      Project p =
          project(
              backend(be, "ok", ""),
              "externals:\n  - {name: search, type: http, get: '"
                  + api.url("/ping")
                  + "', optional: true}\n");
      CliResult r = cli().run("-c", p.config(), "deploy").exits(2);
      assertThat(r.out()).contains("[EXTERNAL_VERIFY]", "search: FAIL (optional)", "PARTIAL");
      String traceparent = api.requests("/ping").get(0).header("traceparent");
      JsonNode doc = Json.mapper().readTree(reports(".json").get(0).toFile());
      assertThat(doc.get("status").asText()).isEqualTo("PARTIAL");
      assertThat(doc.get("exitCode").asInt()).isEqualTo(2);
      assertThat(traceparent).contains(doc.get("traceId").asText());
      assertThat(api.requests("/ping").get(0).header("X-Request-ID"))
          .startsWith(doc.get("runId").asText());
      assertThat(doc.get("externals").get(0).get("status").asText()).isEqualTo("FAIL");
    }
  }

  @Test
  void dryRunPrintsThePlanRunsPrecheckOnlyAndStartsNothing() throws IOException {
    int be = freePort();
    Project p = project(backend(be, "ok", ""), "");
    CliResult r = cli().run("-c", p.config(), "deploy", "--dry-run").exits(0);
    assertThat(r.out())
        .contains("plan:", "BACKEND_START: backend", "[PRECHECK]", "dry run passed PRECHECK");
    assertThat(tmp.resolve("logs/backend.log")).doesNotExist();
    assertThat(Files.exists(tmp.resolve("app.db"))).isFalse();
  }
}
