package dev.shipgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import dev.shipgate.testing.Served;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health/recover} and {@code /health/recovery-stats} over the monitor's recovery engine.
 */
class RecoveryIT {
  static final String ADMIN = "recover-Tok3n-CANARY-19";

  @TempDir Path dir;

  @Test
  void recoverRunsTheFailingTargetsActionOnceThenAnswers429WhenTheBudgetIsSpent() throws Exception {
    int refused = LocalHttpServer.refusedPort();
    Project p =
        Project.create(
            dir,
            "checks:\n  - {name: api, get: \"http://127.0.0.1:"
                + refused
                + "/\", timeout: 2s}\n"
                + "monitor:\n"
                + "  targets:\n"
                + "    api:\n"
                + "      recover: {command: \"echo restarted >> restarted.txt\", timeout: 30s}\n"
                + "      budget: {maxAttempts: 1, window: 1h, minInterval: 1m}\n"
                + "server: {adminToken: \""
                + ADMIN
                + "\", refresh: 1s}\n");
    p.write("db/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    assertThat(
            CliRun.withEmptyEnv()
                .env("DATABASE_URL", "sqlite:app.db")
                .run("-c", p.config(), "migrate")
                .exitCode())
        .isZero();
    try (Served s = Served.start(dir, Map.of("DATABASE_URL", "sqlite:app.db"))) {
      s.await("/health/status", j -> j.path("checks").path("status").asText().equals("unhealthy"));
      JsonNode before = Served.json(s.get("/health/recovery-stats"));
      assertThat(before.path("targets").get(0).path("budgetLeft").asInt()).isEqualTo(1);
      assertThat(s.post("/health/recover").statusCode()).isEqualTo(401);

      HttpResponse<String> first = s.post("/health/recover", "Authorization", "Bearer " + ADMIN);
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      JsonNode done = Served.json(first);
      assertThat(done.path("failing").toString()).contains("api");
      assertThat(done.path("attempts").get(0).path("status").asText()).isEqualTo("SUCCEEDED");
      assertThat(Files.readString(dir.resolve("restarted.txt"))).isEqualTo("restarted\n");

      HttpResponse<String> second = s.post("/health/recover", "Authorization", "Bearer " + ADMIN);
      assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
      assertThat(Files.readString(dir.resolve("restarted.txt"))).isEqualTo("restarted\n");

      JsonNode after = Served.json(s.get("/health/recovery-stats"));
      JsonNode api = after.path("targets").get(0);
      assertThat(api.path("target").asText()).isEqualTo("api");
      assertThat(api.path("budgetLeft").asInt()).isZero();
      assertThat(api.path("succeeded").asLong()).isEqualTo(1);
      assertThat(after.path("lock").path("kind").asText()).isEqualTo("file");
    }
  }
}
