package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Receiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --record} on check, verify and sentry, end to end in-process: a failing run opens (or
 * bumps) the incident of its failing target, a passing run resolves it, and a failing notifier
 * changes neither the exit code nor stderr.
 */
class RecordIT {
  @TempDir Path dir;

  private final AtomicInteger health = new AtomicInteger(503);
  private LocalHttpServer server;
  private Receiver receiver;

  @BeforeEach
  void start() {
    server =
        LocalHttpServer.start()
            .route(
                "/health",
                (ex, s) -> LocalHttpServer.json(health.get(), "{\"status\": \"x\"}").answer(ex, s));
  }

  @AfterEach
  void stop() {
    server.close();
    if (receiver != null) {
      receiver.close();
    }
  }

  private Path config(String notifyYaml) throws Exception {
    Files.createDirectories(dir.resolve("db"));
    Files.writeString(dir.resolve("db/001_init.sql"), "CREATE TABLE projects (id INTEGER);\n");
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(
        cfg,
        "version: 1\n"
            + "project: shop\n"
            + "env: {required: [APP_READY]}\n"
            + "database: {url: \"sqlite:app.db\", connect: {attempts: 1, timeout: 30s}}\n"
            + "migrations: {dir: db}\n"
            + "checks:\n  - {name: api, get: \""
            + server.url("/health")
            + "\", timeout: 2s}\n"
            + "verify:\n  endpoints: [{get: \""
            + server.url("/health")
            + "\"}]\n"
            + notifyYaml);
    return cfg;
  }

  private static CliResult run(Path cfg, boolean ready, String... args) {
    CliRun r = CliRun.withEmptyEnv();
    if (ready) {
      r.env("APP_READY", "1");
    }
    String[] all = new String[args.length + 2];
    all[0] = "-c";
    all[1] = cfg.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return r.run(all);
  }

  private static JsonNode incidents(Path cfg) throws Exception {
    return Json.mapper()
        .readTree(run(cfg, true, "incidents", "list", "--all", "--format", "json").exits(0).out())
        .path("incidents");
  }

  private static JsonNode byKey(JsonNode list, String key) {
    for (JsonNode n : list) {
      if (n.path("key").asText().equals(key)) {
        return n;
      }
    }
    throw new AssertionError("no incident " + key + " in " + list);
  }

  @Test
  void aFailingCheckWithRecordOpensAnIncidentAndAPassingOneResolvesIt() throws Exception {
    Path cfg = config("");
    run(cfg, true, "check", "--record").exits(1);
    run(cfg, true, "check", "--record").exits(1);
    JsonNode open = byKey(incidents(cfg), "shop/check/api");
    assertThat(open.path("status").asText()).isEqualTo("OPEN");
    assertThat(open.path("repeatCount").asInt()).isEqualTo(2);
    assertThat(open.path("severity").asText()).isEqualTo("CRITICAL");
    assertThat(open.path("summary").asText()).contains("check api failed: HTTP_5XX");

    health.set(200);
    run(cfg, true, "check", "--record").exits(0);
    JsonNode resolved = byKey(incidents(cfg), "shop/check/api");
    assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.path("resolutionNotes").asText()).startsWith("passed: check api passed");
  }

  @Test
  void withoutRecordNothingIsWritten() throws Exception {
    Path cfg = config("");
    run(cfg, true, "check").exits(1);
    assertThat(Files.exists(dir.resolve(".shipgate/shipgate.db"))).isFalse();
  }

  @Test
  void sentryRecordsItsFailingStepAndAPassingRunResolvesIt() throws Exception {
    Path cfg = config("");
    CliResult failed = run(cfg, false, "sentry", "--record").exits(1);
    assertThat(failed.err()).startsWith("shipgate: sentry failed at env");
    JsonNode open = byKey(incidents(cfg), "shop/sentry/env");
    assertThat(open.path("category").asText()).isEqualTo("DEPLOY");
    assertThat(open.path("details").path("next").asText()).isNotBlank();

    run(cfg, true, "sentry", "--record").exits(0);
    assertThat(byKey(incidents(cfg), "shop/sentry/env").path("status").asText())
        .isEqualTo("RESOLVED");
  }

  @Test
  void verifyRecordsItsFailingStageAndAPassingRunResolvesIt() throws Exception {
    Path cfg = config("");
    run(cfg, true, "sentry").exits(0); // migrated, so only the endpoints stage can fail
    run(cfg, true, "verify", "--record").exits(3);
    JsonNode open = byKey(incidents(cfg), "shop/verify/endpoints");
    assertThat(open.path("status").asText()).isEqualTo("OPEN");
    assertThat(open.path("category").asText()).isEqualTo("API");

    health.set(200);
    run(cfg, true, "verify", "--record").exits(0);
    assertThat(byKey(incidents(cfg), "shop/verify/endpoints").path("status").asText())
        .isEqualTo("RESOLVED");
  }

  @Test
  void aHangingNotifierLeavesSentrysExitCodeAndPrimaryErrorUnchanged() throws Exception {
    receiver = Receiver.hanging();
    Path plain = config("");
    CliResult reference = run(plain, false, "sentry");
    Path cfg = config("notify:\n  webhook: \"" + receiver.url("/hook") + "\"\n  timeout: 1s\n");
    CliResult recorded = run(cfg, false, "sentry", "--record");

    assertThat(recorded.exitCode()).isEqualTo(reference.exitCode()).isEqualTo(1);
    assertThat(recorded.err()).isEqualTo(reference.err());
    assertThat(receiver.got()).hasSize(1);
    JsonNode open = byKey(incidents(cfg), "shop/sentry/env");
    JsonNode shown =
        Json.mapper()
            .readTree(
                run(cfg, true, "incidents", "show", open.path("id").asText(), "--format", "json")
                    .exits(0)
                    .out());
    assertThat(shown.path("events").toString()).contains("NOTIFY_FAILED", "TIMEOUT");
  }

  @Test
  void aNotifierAnswering500LeavesChecksExitCodeAndStderrUnchanged() throws Exception {
    receiver = Receiver.answering(500, "{}");
    CliResult reference = run(config(""), true, "check");
    Path cfg = config("notify:\n  webhook: \"" + receiver.url("/hook") + "\"\n  timeout: 2s\n");
    CliResult recorded = run(cfg, true, "check", "--record");
    assertThat(recorded.exitCode()).isEqualTo(reference.exitCode()).isEqualTo(1);
    assertThat(recorded.err()).isEqualTo(reference.err());
    assertThat(receiver.got()).isNotEmpty();
  }

  @Test
  void anUnreachableStoreIsAWarningAfterTheResultNotAnotherExitCode() throws Exception {
    Path cfg = config("");
    Files.writeString(
        cfg,
        Files.readString(cfg)
            + "store: \"postgres://app:canary-store-pw@127.0.0.1:"
            + LocalHttpServer.refusedPort()
            + "/shipgate\"\n");
    CliResult r = run(cfg, true, "check", "--record").exits(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("shipgate: warning: --record could not write the incident store");
    r.neverShows("canary-store-pw");
  }
}
