package dev.shipgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import dev.shipgate.testing.PrometheusText;
import dev.shipgate.testing.Served;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics}: Prometheus text that a strict text-format parser accepts, with the facts. */
class MetricsIT {
  static final String ADMIN = "metrics-Tok3n-CANARY-77";

  @TempDir Path dir;

  private Served serve(String server) throws Exception {
    LocalHttpServer up = LocalHttpServer.start().route("/ok", LocalHttpServer.json(200, "{}"));
    int refused = LocalHttpServer.refusedPort();
    Project p =
        Project.create(
            dir,
            "checks:\n"
                + "  - {name: api, get: \""
                + up.url("/ok")
                + "\"}\n"
                + "  - {name: down, get: \"http://127.0.0.1:"
                + refused
                + "/\", timeout: 2s}\n"
                + "server: "
                + server
                + "\n");
    p.write("db/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    CliResult m =
        CliRun.withEmptyEnv().env("DATABASE_URL", "sqlite:app.db").run("-c", p.config(), "migrate");
    assertThat(m.exitCode()).as(m.err()).isZero();
    Files.createDirectories(dir.resolve("logs"));
    Files.copy(
        Path.of("src/test/resources/serve/deploy-report-20261201T101500Z.json"),
        dir.resolve("logs/deploy-report-20261201T101500Z.json"));
    return Served.start(dir, Map.of("DATABASE_URL", "sqlite:app.db"));
  }

  @Test
  void metricsParseAsPrometheusTextAndCarryChecksIncidentsAndDeployPhases() throws Exception {
    try (Served s = serve("{adminToken: \"" + ADMIN + "\", refresh: 1s}")) {
      s.await("/health/status", j -> j.path("checks").path("status").asText().equals("unhealthy"));
      assertThat(s.post("/ops/doctor/run", "Authorization", "Bearer " + ADMIN).statusCode())
          .isEqualTo(200);
      List<PrometheusText.Sample> samples = null;
      long deadline = System.nanoTime() + 90_000_000_000L;
      while (System.nanoTime() < deadline) {
        HttpResponse<String> r = s.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
            .startsWith("text/plain; version=0.0.4");
        samples = PrometheusText.parse(r.body());
        if (samples.stream()
            .anyMatch(
                x ->
                    x.name().equals("shipgate_incidents_open")
                        && x.labels().get("severity").equals("CRITICAL")
                        && x.value() == 1)) {
          break;
        }
        Thread.sleep(100);
      }
      assertThat(value(samples, "shipgate_incidents_open", Map.of("severity", "CRITICAL")))
          .isEqualTo(1);
      assertThat(value(samples, "shipgate_check_up", Map.of("check", "api"))).isEqualTo(1);
      assertThat(value(samples, "shipgate_check_up", Map.of("check", "down"))).isEqualTo(0);
      assertThat(
              value(
                  samples,
                  "shipgate_check_duration_seconds_count",
                  Map.of("check", "down", "status", "FAIL", "reason", "CONNECTION_REFUSED")))
          .isGreaterThanOrEqualTo(1);
      assertThat(value(samples, "shipgate_database_up", Map.of())).isEqualTo(1);
      assertThat(value(samples, "shipgate_migrations_pending", Map.of())).isEqualTo(0);
      assertThat(
              value(
                  samples,
                  "shipgate_deploy_phase_duration_seconds",
                  Map.of("phase", "BACKEND_READY_GATE", "status", "FAIL")))
          .isEqualTo(60.0);
      assertThat(
              value(
                  samples,
                  "shipgate_http_requests_seconds_count",
                  Map.of("route", "/health/status", "status", "200")))
          .isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void withMetricsAuthTheAdminTokenIsRequired() throws Exception {
    try (Served s = serve("{adminToken: \"" + ADMIN + "\", metricsAuth: true}")) {
      assertThat(s.get("/metrics").statusCode()).isEqualTo(401);
      HttpResponse<String> ok = s.get("/metrics", "Authorization", "Bearer " + ADMIN);
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(PrometheusText.parse(ok.body())).isNotEmpty();
    }
  }

  private static double value(
      List<PrometheusText.Sample> samples, String name, Map<String, String> labels) {
    return PrometheusText.value(samples, name, labels);
  }
}
