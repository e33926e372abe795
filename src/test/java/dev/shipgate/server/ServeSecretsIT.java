package dev.shipgate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import dev.shipgate.testing.Served;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} over embedded PostgreSQL with canary secrets everywhere (database password, an
 * external's key echoed back by a careless server, a header token, both server tokens): no route's
 * body or headers and no log line carries one. Migration status is byte-equal on PostgreSQL too.
 */
class ServeSecretsIT {
  static final String ADMIN = "sg_admin_CANARY_0a1b2c3d4e";
  static final String INTERNAL = "sg_internal_CANARY_5f6a7b8c";
  static final String STRIPE = "sk_live_CANARY_9f8e7d6c5b4a3210";
  static final String SEARCH = "search_CANARY_token_31337";

  @TempDir Path dir;

  @Test
  void noSecretReachesAnyResponseOrTheLog() throws Exception {
    EmbeddedPg.Db db = EmbeddedPg.newDatabase();
    try (LocalHttpServer up =
        LocalHttpServer.start()
            .route("/v1/account", LocalHttpServer.echoAuthorization())
            .route("/search", LocalHttpServer.echoAuthorization())
            .route(
                "/health",
                LocalHttpServer.json(200, "{\"tools\":[\"book\"],\"backendConnected\":true}"))) {
      Project p =
          Project.create(
              dir,
              "externals:\n"
                  + "  - {name: stripe, type: stripe, key: \"${STRIPE_SECRET_KEY}\", baseUrl: \""
                  + up.url("")
                  + "\"}\n"
                  + "checks:\n"
                  + "  - {name: search, get: \""
                  + up.url("/search")
                  + "\", headers: {Authorization: \"Bearer ${SEARCH_TOKEN}\"}}\n"
                  + "agents:\n"
                  + "  - {name: booking, url: \""
                  + up.url("")
                  + "\"}\n"
                  + "server: {adminToken: \"${SHIPGATE_ADMIN_TOKEN}\", internalToken:"
                  + " \"${SHIPGATE_INTERNAL_TOKEN}\", refresh: 1s}\n");
      p.write("db/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
      Map<String, String> env =
          Map.of(
              "DATABASE_URL", db.url(),
              "STRIPE_SECRET_KEY", STRIPE,
              "SEARCH_TOKEN", SEARCH,
              "SHIPGATE_ADMIN_TOKEN", ADMIN,
              "SHIPGATE_INTERNAL_TOKEN", INTERNAL);
      CliRun cli = CliRun.withEmptyEnv();
      env.forEach(cli::env);
      CliResult migrated = cli.run("-c", p.config(), "migrate");
      assertThat(migrated.exitCode()).as(migrated.err()).isZero();

      try (Served s = Served.start(dir, env)) {
        String admin = "Bearer " + ADMIN;
        s.await(
            "/ops/doctor",
            j ->
                j.path("externals").path(0).path("status").asText().equals("FAIL")
                    && j.path("database").path("ready").asBoolean(),
            "Authorization",
            admin);
        assertThat(s.post("/ops/doctor/run", "Authorization", admin).statusCode()).isEqualTo(200);

        List<HttpResponse<String>> all = new ArrayList<>();
        for (String path :
            List.of(
                "/health/live",
                "/health/ready",
                "/health/db",
                "/health/status",
                "/ops/migration-status",
                "/metrics",
                "/no/such/route")) {
          all.add(s.get(path));
        }
        for (String path : List.of("/ops/doctor", "/ops/incidents", "/ops/incidents/1", "/")) {
          HttpResponse<String> r = s.get(path, "Authorization", admin);
          assertThat(r.statusCode()).as(path).isEqualTo(200);
          all.add(r);
        }
        all.add(s.post("/ops/doctor/run", "Authorization", admin));
        HttpResponse<String> agents =
            s.get("/internal/agents/health", "Authorization", "Bearer " + INTERNAL);
        assertThat(agents.statusCode()).isEqualTo(200);
        all.add(agents);
        all.add(s.get("/ops/doctor", "Authorization", "Bearer " + STRIPE));

        String doctor = s.get("/ops/doctor", "Authorization", admin).body();
        assertThat(doctor).contains("\"maskedId\": \"sk_l…3210\"");
        assertThat(doctor).contains("\"reason\": \"AUTH\"");

        for (HttpResponse<String> r : all) {
          String seen = r.body() + r.headers().map();
          for (String canary : List.of(ADMIN, INTERNAL, STRIPE, SEARCH, EmbeddedPg.CANARY)) {
            assertThat(seen).as(r.uri() + " carries a secret").doesNotContain(canary);
          }
        }
        String log = s.stderr();
        for (String canary : List.of(ADMIN, INTERNAL, STRIPE, SEARCH, EmbeddedPg.CANARY)) {
          assertThat(log).doesNotContain(canary);
        }

        CliResult status = cli.run("-c", p.config(), "status", "--format", "json");
        assertThat(s.get("/ops/migration-status").body()).isEqualTo(status.out());
      }
    }
  }
}
