package dev.shipgate.workflow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.deploy.ProcessGroups;
import dev.shipgate.deploy.StateFile;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.JarRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What two deploys do at once, and after a deploy killed with {@code kill -9}: real shipgate JVMs
 * (the packaged jar) and real services, one SQLite store.
 */
class DeployConcurrencyIT {
  @TempDir Path tmp;

  @AfterEach
  void stopEverythingTheDeployLeftRunning() {
    for (StateFile.Owned o : new StateFile(tmp.resolve(".shipgate")).read().processes()) {
      ProcessGroups.stop(o.pgid(), Duration.ofSeconds(5));
    }
  }

  private Project project(int port) {
    String svc =
        DeployIT.backend(port, "'${BACKEND_MODE:-ok}'", "    readyTimeout: 5m\n")
            .replace("VERSION: v2}", "VERSION: v2, READY_AFTER_MS: '${READY_AFTER_MS:-0}'}");
    return Project.create(tmp, "", "services:\n" + svc)
        .migration("001_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
  }

  private Map<String, String> env(String mode, String readyAfterMs) {
    return Map.of(
        "DATABASE_URL", "sqlite:" + tmp.resolve("app.db"),
        "BACKEND_MODE", mode,
        "READY_AFTER_MS", readyAfterMs);
  }

  private CliRun cli() {
    return CliRun.withEmptyEnv()
        .env("DATABASE_URL", "sqlite:" + tmp.resolve("app.db"))
        .env("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  @Test
  void aDeployKilledMidRunIsRefusedWhileAliveAndTakenOverOnceDead() throws Exception {
    int port = LocalHttpServer.refusedPort();
    Project p = project(port);
    JarRun.Running first =
        JarRun.start(tmp, env("slow", "600000"), "-c", p.config(), "deploy", "--format", "json");
    first.awaitErr("still waiting for backend");

    CliResult second = cli().run("-c", p.config(), "deploy", "--format", "json").exits(1);
    JsonNode doc = Json.mapper().readTree(second.out());
    assertThat(doc.get("failedPhase").asText()).isEqualTo("PRECHECK");
    assertThat(doc.get("error").get("code").asText()).isEqualTo("DEPLOY_LOCKED");
    assertThat(doc.get("error").get("message").asText())
        .contains("held by run", "pid " + first.process().pid());
    assertThat(doc.get("services")).isEmpty();

    first.process().destroyForcibly(); // kill -9: no rollback, no lock release
    assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    StateFile.State orphaned = new StateFile(tmp.resolve(".shipgate")).read();
    assertThat(orphaned.processes()).hasSize(1);
    StateFile.Owned orphan = orphaned.processes().get(0);
    assertThat(orphan.alive()).isTrue();

    CliResult third = cli().run("-c", p.config(), "deploy").exits(0);
    assertThat(third.out())
        .contains(
            "deploy lock taken over from run",
            "its process is gone",
            "held by pid " + orphan.pid() + " from the last deploy",
            "stopped the previous deploy's backend (pid " + orphan.pid());
    assertThat(ProcessGroups.alive(orphan.pgid())).isFalse();
  }

  @Test
  void aSecondDeployWaitsForTheLockThenReplacesTheFirstDeploysServices() throws Exception {
    int port = LocalHttpServer.refusedPort();
    Project p = project(port);
    JarRun.Running first =
        JarRun.start(tmp, env("slow", "4000"), "-c", p.config(), "deploy", "--format", "json");
    first.awaitErr("[BACKEND_READY_GATE]");
    CliResult second = cli().run("-c", p.config(), "deploy", "--lock-wait", "2m").exits(0);
    CliResult firstDone = first.finish().exits(0);
    String firstRun = Json.mapper().readTree(firstDone.out()).get("runId").asText();
    assertThat(second.out())
        .contains(
            "waiting for the deploy lock held by run " + firstRun,
            "stopped the previous deploy's backend");
    StateFile.State st = new StateFile(tmp.resolve(".shipgate")).read();
    assertThat(st.processes()).hasSize(1);
    assertThat(st.runId()).isNotEqualTo(firstRun);
  }
}
