package dev.shipgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import dev.shipgate.testing.Served;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to a real {@code serve} process: in-flight requests finish, then exit 0. */
class ShutdownIT {
  static final String ADMIN = "stop-Tok3n-CANARY-42";

  @TempDir Path dir;

  @Test
  void sigtermLetsTheRequestInFlightFinishThenExitsZero() throws Exception {
    try (LocalHttpServer up = LocalHttpServer.start().route("/hang", LocalHttpServer.hang())) {
      Project p =
          Project.create(
              dir,
              "checks:\n  - {name: slow, get: \""
                  + up.url("/hang")
                  + "\", timeout: 3s}\n"
                  + "server: {adminToken: \""
                  + ADMIN
                  + "\", refresh: 1h}\n");
      p.write("db/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
      assertThat(
              CliRun.withEmptyEnv()
                  .env("DATABASE_URL", "sqlite:app.db")
                  .run("-c", p.config(), "migrate")
                  .exitCode())
          .isZero();
      Served s = Served.start(dir, Map.of("DATABASE_URL", "sqlite:app.db"));
      try {
        s.await("/health/status", j -> !j.path("checks").path("status").asText().equals("pending"));
        CompletableFuture<HttpResponse<String>> inFlight =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return s.post("/ops/doctor/run", "Authorization", "Bearer " + ADMIN);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (up.requests("/hang").size() < 2 && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        assertThat(up.requests("/hang")).as("doctor/run is checking again").hasSize(2);
        s.process().process().destroy();
        HttpResponse<String> answered = inFlight.get(90, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"actions\"");
        assertThat(s.process().process().waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(s.process().process().exitValue()).isZero();
        String err = s.stderr();
        assertThat(err).contains("\"event\":\"stopping\"").contains("\"event\":\"stopped\"");
        assertThat(err.indexOf("\"path\":\"/ops/doctor/run\",\"status\":200"))
            .isPositive()
            .isLessThan(err.indexOf("\"event\":\"stopped\""));
      } finally {
        s.close();
      }
    }
  }
}
