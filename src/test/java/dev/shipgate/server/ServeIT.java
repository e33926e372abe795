package dev.shipgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import dev.shipgate.testing.Served;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shipgate serve} as a child process on port 0, over a SQLite database. */
class ServeIT {
  static final String ADMIN = "admin-Tok3n-CANARY-5c1f";
  static final String BEARER = "Bearer " + ADMIN;

  @TempDir Path dir;
  LocalHttpServer upstream;
  Project project;

  @BeforeEach
  void upstream() {
    upstream =
        LocalHttpServer.start()
            .route("/ok", LocalHttpServer.json(200, "{\"status\":\"ok\"}"))
            .route("/hang", LocalHttpServer.hang());
  }

  @AfterEach
  void close() {
    upstream.close();
  }

  private Map<String, String> env() {
    return Map.of("DATABASE_URL", "sqlite:app.db");
  }

  private Served serve(String extraYaml) throws Exception {
    project = Project.create(dir, extraYaml);
    project.write("db/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
    CliResult migrated =
        CliRun.withEmptyEnv()
            .env("DATABASE_URL", "sqlite:app.db")
            .run("-c", project.config(), "migrate");
    assertThat(migrated.exitCode()).as(migrated.err()).isZero();
    return Served.start(dir, env());
  }

  private String checks(String... entries) {
    StringBuilder b = new StringBuilder("checks:\n");
    for (String e : entries) {
      b.append("  - ").append(e).append('\n');
    }
    return b.toString();
  }

  @Test
  void healthRoutesAnswerFromTheCacheWithTheirDocumentedShapes() throws Exception {
    try (Served s =
        serve(
            checks("{name: api, get: \"" + upstream.url("/ok") + "\"}")
                + "server: {adminToken: \""
                + ADMIN
                + "\", refresh: 1s}\n")) {
      JsonNode status =
          s.await("/health/status", j -> j.path("overall").asText().equals("healthy"));
      assertThat(status.path("ready").asBoolean()).isTrue();
      assertThat(status.path("database").path("status").asText()).isEqualTo("healthy");
      assertThat(status.path("database").path("checkedAt").asText()).isNotEmpty();
      assertThat(status.path("database").path("ageMs").isNumber()).isTrue();
      assertThat(status.path("migrations").path("migrated").asBoolean()).isTrue();
      assertThat(status.path("migrations").path("head").asText()).isEqualTo("001");
      assertThat(status.path("checks").path("results").get(0).path("name").asText())
          .isEqualTo("api");
      assertThat(status.path("externals").path("status").asText()).isEqualTo("off");
      assertThat(status.path("tunnel").path("configured").asBoolean()).isFalse();

      HttpResponse<String> live = s.get("/health/live");
      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(Served.json(live).toString()).isEqualTo("{\"status\":\"alive\"}");
      assertThat(live.headers().firstValue("X-Request-ID")).isPresent();

      HttpResponse<String> ready = s.get("/health/ready");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(Served.json(ready).path("ready").asBoolean()).isTrue();

      HttpResponse<String> db = s.get("/health/db");
      assertThat(db.statusCode()).isEqualTo(200);
      JsonNode d = Served.json(db);
      assertThat(d.path("ready").asBoolean()).isTrue();
      assertThat(d.path("latencyMs").isNumber()).isTrue();
      assertThat(d.has("checkedAt")).isTrue();
      assertThat(d.path("error").isNull()).isTrue();

      HttpResponse<String> unknown = s.get("/health/nothing");
      assertThat(unknown.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void migrationStatusIsByteForByteWhatStatusFormatJsonPrints() throws Exception {
    try (Served s = serve("server: {refresh: 1s}\n")) {
      s.await(
          "/health/status", j -> j.path("migrations").path("status").asText().equals("healthy"));
      project.write("db/002_more.sql", "CREATE TABLE more (id INTEGER);\n");
      CliResult cli =
          CliRun.withEmptyEnv()
              .env("DATABASE_URL", "sqlite:app.db")
              .run("-c", project.config(), "status", "--format", "json");
      JsonNode pending = s.await("/ops/migration-status", j -> j.path("pending").size() == 1);
      assertThat(pending.path("migrated").asBoolean()).isFalse();
      HttpResponse<String> served = s.get("/ops/migration-status");
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.body()).isEqualTo(cli.out());
      assertThat(served.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
    }
  }

  @Test
  void aDependencyThatNeverAnswersNeverDelaysAResponse() throws Exception {
    try (Served s =
        serve(
            checks(
                    "{name: api, get: \"" + upstream.url("/ok") + "\"}",
                    "{name: stuck, get: \"" + upstream.url("/hang") + "\", timeout: 1m}")
                + "server: {timeout: 2m}\n")) {
      long deadline = System.nanoTime() + 90_000_000_000L;
      while (upstream.requests("/hang").isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(upstream.requests("/hang")).as("the hanging check was started").isNotEmpty();
      JsonNode status =
          s.await(
              "/health/status", j -> j.path("database").path("status").asText().equals("healthy"));
      assertThat(status.path("checks").path("status").asText()).isEqualTo("pending");
      assertThat(status.path("overall").asText()).isEqualTo("degraded");
      assertThat(s.get("/health/ready").statusCode()).isEqualTo(503);
      assertThat(s.get("/health/live").statusCode()).isEqualTo(200);
      assertThat(s.get("/health/db").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void protectedRoutesAnswer401WithWwwAuthenticateAndWorkWithTheToken() throws Exception {
    int refused = LocalHttpServer.refusedPort();
    try (Served s =
        serve(
            checks("{name: api, get: \"http://127.0.0.1:" + refused + "/\", timeout: 2s}")
                + "server: {adminToken: \""
                + ADMIN
                + "\"}\n")) {
      HttpResponse<String> none = s.get("/ops/doctor");
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate").orElse(""))
          .startsWith("Bearer realm=\"shipgate\"");
      HttpResponse<String> wrong = s.get("/ops/doctor", "Authorization", "Bearer nope");
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.headers().firstValue("WWW-Authenticate").orElse(""))
          .contains("invalid_token");
      assertThat(s.get("/ops/incidents").statusCode()).isEqualTo(401);
      assertThat(s.post("/ops/doctor/run").statusCode()).isEqualTo(401);

      s.await(
          "/ops/doctor",
          j -> j.path("checks").path("status").asText().equals("unhealthy"),
          "Authorization",
          BEARER);
      JsonNode doctor = Served.json(s.get("/ops/doctor", "Authorization", BEARER));
      assertThat(doctor.path("server").path("adminToken").path("configured").asBoolean()).isTrue();
      assertThat(doctor.path("actions").toString()).contains("check:api");
      assertThat(doctor.path("database").path("ready").asBoolean()).isTrue();

      HttpResponse<String> run = s.post("/ops/doctor/run", "Authorization", BEARER);
      assertThat(run.statusCode()).isEqualTo(200);
      JsonNode recorded = Served.json(run).path("recorded");
      assertThat(recorded.path("error").isNull()).as(run.body()).isTrue();
      assertThat(recorded.path("recorded").toString()).contains("/doctor/api");

      JsonNode incidents = Served.json(s.get("/ops/incidents", "Authorization", BEARER));
      assertThat(incidents.path("count").asInt()).isEqualTo(1);
      long id = incidents.path("incidents").get(0).path("id").asLong();
      JsonNode one = Served.json(s.get("/ops/incidents/" + id, "Authorization", BEARER));
      assertThat(one.path("incident").path("key").asText()).endsWith("/doctor/api");
      assertThat(one.path("events").get(0).path("type").asText()).isEqualTo("DETECTED");
      assertThat(s.get("/ops/incidents/999", "Authorization", BEARER).statusCode()).isEqualTo(404);
      assertThat(s.get("/internal/agents/health", "Authorization", BEARER).statusCode())
          .as("no internalToken: the route is off")
          .isEqualTo(404);
    }
  }

  @Test
  void repeatedFailedTokensFromOneClientAreRefusedWith429() throws Exception {
    try (Served s = serve("server: {adminToken: \"" + ADMIN + "\"}\n")) {
      for (int i = 0; i < Guard.FAILURES; i++) {
        assertThat(s.get("/ops/doctor", "Authorization", "Bearer guess-" + i).statusCode())
            .isEqualTo(401);
      }
      HttpResponse<String> limited = s.get("/ops/doctor", "Authorization", "Bearer guess-x");
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).isPresent();
      assertThat(s.get("/ops/doctor", "Authorization", BEARER).statusCode())
          .as("the right token waits out the window too")
          .isEqualTo(429);
      assertThat(s.get("/health/live").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void withoutTokensTheProtectedRoutesAreOffAndStartupSaysSo() throws Exception {
    try (Served s = serve("")) {
      for (String path : List.of("/ops/doctor", "/ops/incidents", "/internal/agents/health")) {
        HttpResponse<String> r = s.get(path, "Authorization", BEARER);
        assertThat(r.statusCode()).as(path).isEqualTo(404);
        assertThat(r.body()).isEqualTo(s.get("/no/such/route").body());
      }
      assertThat(s.post("/ops/doctor/run").statusCode()).isEqualTo(404);
      assertThat(s.stderr()).contains("\"adminRoutes\":false").contains("set server.adminToken");
    }
  }
}
