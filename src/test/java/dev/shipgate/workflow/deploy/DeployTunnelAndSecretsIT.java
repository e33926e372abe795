package dev.shipgate.workflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.deploy.ProcessGroups;
import dev.shipgate.deploy.StateFile;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tunnel's layers with a real tunnel stand-in, and canary secrets through a failed deploy. */
class DeployTunnelAndSecretsIT {
  static final String CANARY = "sk_live_CANARYdeploy7f3a9c1e";

  @TempDir Path tmp;

  @AfterEach
  void stopEverythingTheDeployLeftRunning() {
    for (StateFile.Owned o : new StateFile(tmp.resolve(".shipgate")).read().processes()) {
      ProcessGroups.stop(o.pgid(), Duration.ofSeconds(5));
    }
  }

  private CliRun cli() {
    return CliRun.withEmptyEnv()
        .env("DATABASE_URL", "sqlite:" + tmp.resolve("app.db"))
        .env("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  @Test
  void aTunnelThatRunsButDoesNotRouteIsRestartedOnceThenFailsNamingTheLayer() throws IOException {
    int be = LocalHttpServer.refusedPort();
    int pub = LocalHttpServer.refusedPort();
    Path modeFile = tmp.resolve("tunnel-mode");
    Files.writeString(modeFile, "ok");
    Project p =
        Project.create(
                tmp,
                "",
                "services:\n"
                    + DeployIT.backend(be, "ok", "")
                    + "tunnel:\n"
                    + "  process: standin.py tunnel\n"
                    + "  start: MODE_FILE="
                    + modeFile
                    + " PUBLIC_PORT="
                    + pub
                    + " ORIGIN=http://127.0.0.1:"
                    + be
                    + " python3 "
                    + DeployIT.STANDIN
                    + " tunnel\n"
                    + "  local: http://127.0.0.1:"
                    + be
                    + "/health/live\n"
                    + "  public: http://127.0.0.1:"
                    + pub
                    + "/health/live\n"
                    + "  expect: {headers: {X-App-Version: v2}}\n"
                    + "  readyTimeout: 8s\n")
            .migration("001_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
    CliResult first = cli().run("-c", p.config(), "deploy").exits(0);
    assertThat(first.out()).contains("started the tunnel", "tunnel PUBLIC: ok");

    Files.writeString(modeFile, "no-route"); // the edge answers 502 while the process runs
    CliResult second = cli().run("-c", p.config(), "deploy", "--format", "json").exits(1);
    JsonNode doc = Json.mapper().readTree(second.out());
    assertThat(doc.get("failedPhase").asText()).isEqualTo("TUNNEL_START_OR_VERIFY");
    assertThat(doc.get("error").get("code").asText()).isEqualTo("TUNNEL_FAILED");
    assertThat(doc.get("error").get("message").asText())
        .contains("tunnel layer PUBLIC failed", "runs but does not route", "after one restart");
    JsonNode tunnelPhase = doc.get("phases").get(6);
    List<String> types = tunnelPhase.get("events").findValuesAsText("type");
    assertThat(types.stream().filter("TunnelRestarting"::equals).count()).isEqualTo(1);
    assertThat(types).contains("TunnelStarted");
    assertThat(tunnelPhase.get("events").toString()).contains("\"layer\":\"PROCESS\",\"ok\":true");
    assertThat(doc.get("rollback").get("complete").asBoolean()).isTrue();
  }

  @Test
  void canarySecretsNeverReachOutputReportsOrIncidents() throws IOException {
    int be = LocalHttpServer.refusedPort();
    String svc =
        DeployIT.backend(be, "exit-at-start", "")
            .replace("VERSION: v2}", "VERSION: v2, SAY: 'key is ${STRIPE_SECRET_KEY}'}");
    Project p =
        Project.create(tmp, "", "env:\n  required: [STRIPE_SECRET_KEY]\nservices:\n" + svc)
            .migration("001_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
    CliResult text = cli().env("STRIPE_SECRET_KEY", CANARY).run("-c", p.config(), "deploy");
    text.exits(1).neverShows(CANARY);
    assertThat(text.err()).contains("exited with code 3");
    CliResult json =
        cli().env("STRIPE_SECRET_KEY", CANARY).run("-c", p.config(), "deploy", "--format", "json");
    json.exits(1).neverShows(CANARY);
    assertThat(json.out()).contains("key is ****");
    CliResult incidents =
        cli()
            .env("STRIPE_SECRET_KEY", CANARY)
            .run("-c", p.config(), "incidents", "list", "--format", "json");
    incidents.neverShows(CANARY);
    assertThat(incidents.out()).contains("deploy failed in BACKEND_READY_GATE");
    List<Path> written = new ArrayList<>();
    try (Stream<Path> files = Files.walk(tmp)) {
      files
          .filter(Files::isRegularFile)
          .filter(
              f -> !f.getFileName().toString().equals("backend.log")) // the service's own output
          .forEach(written::add);
    }
    assertThat(written).anyMatch(f -> f.getFileName().toString().endsWith(".html"));
    for (Path f : written) {
      String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertThat(content).as(f.toString()).doesNotContain(CANARY);
    }
  }
}
