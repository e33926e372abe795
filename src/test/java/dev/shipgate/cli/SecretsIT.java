package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.JarRun;
import dev.shipgate.testing.LocalHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canary secrets through the packaged jar, as a user runs it: neither stdout nor stderr (which also
 * catches library logging) may ever contain one, whatever fails.
 */
class SecretsIT {
  private static final String DB_PASSWORD = "canary-db-pw-31337";
  private static final String API_KEY = "sk_live_canary_key_4242";
  private static final String TOKEN = "canary-admin-token-777";

  @TempDir Path dir;

  private Map<String, String> env() {
    return Map.of(
        "DATABASE_URL",
            "postgres://app:"
                + DB_PASSWORD
                + "@127.0.0.1:"
                + LocalHttpServer.refusedPort()
                + "/app",
        "STRIPE_SECRET_KEY", API_KEY,
        "SHIPGATE_ADMIN_TOKEN", TOKEN);
  }

  private Path config() throws Exception {
    Path db = Files.createDirectories(dir.resolve("db"));
    Files.writeString(db.resolve("001_init.sql"), "CREATE TABLE t (id INT);\n");
    Path cfg = dir.resolve("shipgate.yaml");
    Files.writeString(
        cfg,
        "version: 1\n"
            + "env: {required: [DATABASE_URL, STRIPE_SECRET_KEY]}\n"
            + "database:\n  url: ${DATABASE_URL}\n  connect: {attempts: 2, initialBackoff: 50ms, timeout: 1s}\n"
            + "  expect: {minRows: {t: 1}}\n"
            + "migrations: {dir: db}\n"
            + "externals:\n  - {name: stripe, type: stripe, key: \"${STRIPE_SECRET_KEY}\", baseUrl: \"http://127.0.0.1:"
            + LocalHttpServer.refusedPort()
            + "\"}\n"
            + "checks:\n  - {name: api, get: \"http://127.0.0.1:"
            + LocalHttpServer.refusedPort()
            + "/?token="
            + TOKEN
            + "\","
            + " headers: {Authorization: \"Bearer ${SHIPGATE_ADMIN_TOKEN}\"}}\n"
            + "verify: {minRows: {t: 1}}\n"
            + "server: {adminToken: \"${SHIPGATE_ADMIN_TOKEN}\"}\n");
    return cfg;
  }

  @Test
  void noCommandShowsACanaryWhetherItFailsOrPasses() throws Exception {
    String cfg = config().toString();
    // each run with the exit code the README documents for what it meets: the database is down,
    // the probes refused, the lint clean
    Object[][] runs = {
      {1, new String[] {"-c", cfg, "sentry"}},
      {1, new String[] {"-c", cfg, "sentry", "--format", "json"}},
      {1, new String[] {"-c", cfg, "migrate"}},
      {1, new String[] {"-c", cfg, "migrate", "--format", "json"}},
      {1, new String[] {"-c", cfg, "status", "--format", "json"}},
      {1, new String[] {"-c", cfg, "schema", "check"}},
      {1, new String[] {"-c", cfg, "schema", "check", "--format", "json"}},
      {99, new String[] {"-c", cfg, "verify"}},
      {99, new String[] {"-c", cfg, "verify", "--format", "json"}},
      {1, new String[] {"-c", cfg, "check", "--format", "json"}},
      {0, new String[] {"-c", cfg, "lint"}},
      {1, new String[] {"--verbose", "-c", cfg, "status"}},
      {
        64,
        new String[] {
          "status",
          "--url",
          "postgres://u:" + DB_PASSWORD + "@:99999999/db",
          "--dir",
          dir.resolve("db").toString(),
          "--format",
          "json"
        }
      },
      {
        1,
        new String[] {
          "wait",
          "http://u:" + DB_PASSWORD + "@127.0.0.1:" + LocalHttpServer.refusedPort() + "/",
          "--timeout",
          "1s"
        }
      },
    };
    // three at a time: each run is a JVM of its own, and the runs share nothing a test reads
    for (int from = 0; from < runs.length; from += 3) {
      List<JarRun.Running> batch = new ArrayList<>();
      for (int i = from; i < Math.min(from + 3, runs.length); i++) {
        batch.add(JarRun.start(dir, env(), (String[]) runs[i][1]));
      }
      for (int i = 0; i < batch.size(); i++) {
        String[] args = (String[]) runs[from + i][1];
        CliResult r = batch.get(i).finish();
        assertThat(r.exitCode())
            .as(String.join(" ", args) + "\n" + r.err())
            .isEqualTo(runs[from + i][0]);
        r.neverShows(DB_PASSWORD).neverShows(API_KEY).neverShows(TOKEN);
        assertThat(r.err()).as("library logging on stderr").doesNotContain("WARNING:", "SEVERE:");
      }
    }
  }
}
