package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.JarRun;
import dev.shipgate.testing.LocalHttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shipgate monitor} as a user runs it: the packaged jar as a child process, loopback HTTP
 * servers, a SQLite store, real recovery and stop commands, SIGTERM.
 */
class MonitorIT {
  private static final String CANARY = "sk_live_CANARY_monitor_7731";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final LocalHttpServer http = LocalHttpServer.start();

  @AfterEach
  void stop() {
    http.close();
  }

  private void config(String yaml) throws IOException {
    Files.writeString(
        dir.resolve("shipgate.yaml"),
        "version: 1\nproject: shop\nstore: sqlite:.shipgate/shipgate.db\n" + yaml);
  }

  @Test
  void onceExitsZeroHealthyTwoDegradedOneUnhealthy() throws Exception {
    http.route("/ok", LocalHttpServer.json(200, "{}"));
    http.route("/bad", LocalHttpServer.status(503));
    config("checks:\n  - {name: api, get: \"" + http.url("/ok") + "\"}\n");
    JarRun.run(dir, Map.of(), "monitor", "--once").exits(0).outContains("UP", "api", "healthy");
    config(
        "checks:\n  - {name: api, get: \""
            + http.url("/ok")
            + "\"}\n  - {name: extra, get: \""
            + http.url("/bad")
            + "\"}\nmonitor:\n  targets:\n    extra: {optional: true}\n");
    JarRun.run(dir, Map.of(), "monitor", "--once").exits(2).outContains("DEGRADED", "degraded");
    config("checks:\n  - {name: api, get: \"" + http.url("/bad") + "\"}\n");
    CliResult r = JarRun.run(dir, Map.of(), "monitor", "--once", "--format", "json").exits(1);
    var doc = JSON.readTree(r.out());
    assertThat(doc.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(doc.get("targets").get(0).get("state").asText()).isEqualTo("DOWN");
    assertThat(doc.get("targets").get(0).get("reason").asText()).isEqualTo("HTTP_5XX");
  }

  @Test
  void sigtermStopsTheLoopWithExitZeroAndTheLogIsJsonLinesWithoutSecrets() throws Exception {
    http.route("/api", LocalHttpServer.status(503));
    config(
        "checks:\n  - name: api\n    get: \""
            + http.url("/api")
            + "\"\n    headers: {Authorization: \"Bearer "
            + CANARY
            + "\"}\nmonitor:\n  interval: 200ms\n  failureThreshold: 2\n");
    JarRun.Running run = JarRun.start(dir, Map.of(), "monitor");
    run.awaitErr("api DEGRADED -> DOWN");
    run.awaitErr("incident 1 opened");
    run.process().destroy(); // SIGTERM
    CliResult r = run.finish().exits(0);
    assertThat(r.out()).contains("stopped after").contains("incidents opened 1");
    assertThat(r.out() + r.err()).doesNotContain(CANARY);
    List<String> lines = Files.readAllLines(dir.resolve("logs/monitor.jsonl"));
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      var n = JSON.readTree(line);
      assertThat(n.has("time")).isTrue();
      assertThat(n.has("level")).isTrue();
      assertThat(n.has("event")).isTrue();
    }
    assertThat(lines)
        .anyMatch(
            l -> l.contains("\"event\":\"target.state\"") && l.contains("\"state\":\"DOWN\""));
    assertThat(lines).anyMatch(l -> l.contains("\"event\":\"incident.detected\""));
    assertThat(lines).anyMatch(l -> l.contains("\"event\":\"monitor.stopped\""));
    assertThat(String.join("\n", lines)).doesNotContain(CANARY);
  }

  @Test
  void twoMonitorsOnOneStoreRecoverExactlyOncePerBudgetWindow() throws Exception {
    http.route("/api", LocalHttpServer.status(503));
    config(
        "checks:\n  - {name: api, get: \""
            + http.url("/api")
            + "\"}\nlogs: {dir: \"${LOGS}\"}\nmonitor:\n  interval: 200ms\n  failureThreshold: 1\n"
            + "  targets:\n    api:\n      recover: {command: \"echo restart >> restarts.txt; sleep 0.5\"}\n");
    JarRun.Running a = JarRun.start(dir, Map.of("LOGS", "logs-a"), "monitor");
    JarRun.Running b = JarRun.start(dir, Map.of("LOGS", "logs-b"), "monitor");
    try {
      // both have made several recovery decisions (ran, locked or rate limited)
      awaitLines(dir.resolve("logs-a/monitor.jsonl"), l -> l.contains("\"event\":\"recovery."), 5);
      awaitLines(dir.resolve("logs-b/monitor.jsonl"), l -> l.contains("\"event\":\"recovery."), 5);
    } finally {
      a.process().destroy();
      b.process().destroy();
    }
    a.finish().exits(0);
    b.finish().exits(0);
    assertThat(Files.readAllLines(dir.resolve("restarts.txt"))).hasSize(1);
  }

  @Test
  void safeShutdownRunsTheStopCommandAndExitsOne() throws Exception {
    http.route("/ready", LocalHttpServer.json(200, "{}"));
    config(
        "database:\n  url: sqlite:missing-dir/app.db\n"
            + "services:\n  - name: backend\n    start: node server.js\n    ready:\n      - get: \""
            + http.url("/ready")
            + "\"\nmonitor:\n  interval: 200ms\n  shutdownOnPersistentFailure: true\n"
            + "  targets:\n    backend: {stop: \"echo stopped > stopped.txt\"}\n");
    CliResult r = JarRun.run(dir, Map.of(), "monitor", "--format", "json").exits(1);
    var doc = JSON.readTree(r.out());
    assertThat(doc.get("ending").asText()).isEqualTo("SAFE_SHUTDOWN");
    assertThat(doc.get("shutdown").get("stopped").get(0).get("service").asText())
        .isEqualTo("backend");
    assertThat(Files.readString(dir.resolve("stopped.txt")).strip()).isEqualTo("stopped");
    CliResult list = JarRun.run(dir, Map.of(), "incidents", "list", "--format", "json").exits(0);
    assertThat(list.out()).contains("shop/monitor/safe-shutdown").contains("CRITICAL");
  }

  private static void awaitLines(Path f, Predicate<String> match, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.exists(f)) {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
          if (lines.filter(match).count() >= n) {
            return;
          }
        } catch (java.io.UncheckedIOException e) {
          // rotated or half-written: read again
        }
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(f + " never had " + n + " matching lines");
  }
}
