package dev.shipgate.cli;

import static dev.shipgate.testing.LocalHttpServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every database URL form a password can hide in, through every command, with and without {@code
 * --verbose}: no fragment of a canary reaches stdout or stderr. Each canary is split where a strict
 * URL parser would cut it, so a partial leak shows too.
 */
class CanaryFormsTest {
  @TempDir Path dir;

  /** A URL form and the fragments of its secret that must never show. */
  private record Form(String url, List<String> fragments) {}

  private static List<Form> forms(int port) {
    String hp = "127.0.0.1:" + port;
    return List.of(
        new Form("postgres://u:cnryA1/cnryB1@" + hp + "/db", List.of("cnryA1", "cnryB1")),
        new Form("postgresql://u:cnryA2?cnryB2@" + hp + "/db", List.of("cnryA2", "cnryB2")),
        new Form("postgres://u:cnryA3@cnryB3@" + hp + "/db", List.of("cnryA3", "cnryB3")),
        new Form("postgres://u:cnryA4%2Fx%zz@" + hp + "/db", List.of("cnryA4")),
        new Form("jdbc:postgresql://u:cnryA5/cnryB5@" + hp + "/db", List.of("cnryA5", "cnryB5")),
        new Form(
            "jdbc:postgresql://" + hp + "/db?user=u&password=cnryA6&sslpassword=cnryB6",
            List.of("cnryA6", "cnryB6")),
        new Form(
            "host=127.0.0.1 port=" + port + " password=cnryA7 dbname=db user=u", List.of("cnryA7")),
        new Form(
            "host=127.0.0.1 port=" + port + " password='cnryA8 cnryB8' dbname=db",
            List.of("cnryA8", "cnryB8")),
        new Form("postgres://u:cnryA9/cnryB9@" + hp + ":notaport/db", List.of("cnryA9", "cnryB9")),
        new Form("mysql://u:cnryAa/cnryBa@" + hp + "/db", List.of("cnryAa", "cnryBa")),
        new Form("dbname=db password='cnryAb unterminated", List.of("cnryAb", "unterminated")));
  }

  private static List<String[]> commands(String cfg, String url, int port) {
    List<String[]> runs = new ArrayList<>();
    for (String cmd : new String[] {"sentry", "migrate", "status", "verify", "check", "lint"}) {
      runs.add(new String[] {"-c", cfg, cmd});
      runs.add(new String[] {"-c", cfg, cmd, "--format", "json"});
    }
    runs.add(new String[] {"-c", cfg, "schema", "check"});
    runs.add(new String[] {"-c", cfg, "schema", "check", "--format", "json"});
    runs.add(new String[] {"-c", cfg, "status", "--url", url});
    runs.add(new String[] {"-c", cfg, "migrate", "--url", url, "--format", "json"});
    runs.add(new String[] {"-c", cfg, "verify", "--url", url});
    runs.add(new String[] {"-c", cfg, "schema", "check", "--url", url});
    runs.add(new String[] {"wait", url, "--timeout", "1s"});
    String http = url.replaceFirst("^[a-z:]*//", "http://").replace("/db", "/");
    runs.add(new String[] {"wait", http, "--timeout", "300ms"});
    return runs;
  }

  @Test
  void noFragmentOfAPasswordInAnyUrlFormReachesTheOutputOfAnyCommand() {
    int port = LocalHttpServer.refusedPort();
    Project p =
        Project.create(dir, "")
            .migration("001_init.sql", "CREATE TABLE t (id INT);\n")
            .write(
                "shipgate.yaml",
                "version: 1\n"
                    + "database:\n"
                    + "  url: ${DATABASE_URL}\n"
                    + "  connect: {attempts: 1, timeout: 2s}\n"
                    + "  expect: {tables: [t]}\n"
                    + "migrations: {dir: db}\n"
                    + "checks:\n  - {name: api, get: \"http://127.0.0.1:"
                    + port
                    + "/health\"}\n"
                    + "verify: {minRows: {t: 1}}\n");
    int runs = 0;
    List<String> leaks = new ArrayList<>();
    for (Form form : forms(port)) {
      for (String[] args : commands(p.config(), form.url(), port)) {
        for (boolean verbose : new boolean[] {false, true}) {
          String[] all = verbose ? prepend("--verbose", args) : args;
          CliResult r = CliRun.withEmptyEnv().env("DATABASE_URL", form.url()).run(all);
          runs++;
          System.err.println(
              "### " + r.exitCode() + " " + String.join(" ", all) + "\n" + r.out() + r.err());
          for (String f : form.fragments()) {
            if (r.out().contains(f) || r.err().contains(f)) {
              leaks.add(String.join(" ", all) + " shows " + f + ":\n" + r.out() + r.err());
            }
          }
        }
      }
    }
    assertThat(leaks).as("%d runs", runs).isEmpty();
    assertThat(runs).isGreaterThan(400);
  }

  @Test
  void aBearerTokenEchoedWholeOrTruncatedInA401BodyIsMaskedInTextAndJson() {
    String token = "tok_live_CANARYd41d8cd98f00b204e980";
    try (LocalHttpServer server = LocalHttpServer.start()) {
      server.route(
          "/api",
          json(
              401,
              "{\"error\":{\"message\":\"invalid token "
                  + token
                  + " (prefix "
                  + token.substring(0, 14)
                  + ")\"}}"));
      server.route("/short", json(401, "{\"message\":\"bad " + token.substring(0, 9) + "\"}"));
      Project p =
          Project.create(
              dir,
              "checks:\n"
                  + "  - {name: api, get: \""
                  + server.url("/api")
                  + "\", headers: {Authorization: \"Bearer ${API_TOKEN}\"}}\n"
                  + "  - {name: short, get: \""
                  + server.url("/short")
                  + "\", headers: {Authorization: \"Bearer ${API_TOKEN}\"}}\n");
      for (String[] args :
          List.of(
              new String[] {"-c", p.config(), "check"},
              new String[] {"-c", p.config(), "check", "--format", "json"},
              new String[] {"--verbose", "-c", p.config(), "check", "--format", "json"})) {
        // API_TOKEN is not a secret-looking name: the header makes the value a secret
        CliResult r =
            CliRun.withEmptyEnv()
                .env("API_TOKEN", token)
                .env("DATABASE_URL", "sqlite:x.db")
                .run(args)
                .exits(1);
        assertThat(r.out() + r.err())
            .contains("invalid token ****")
            .doesNotContain(token.substring(0, 8))
            .doesNotContain("CANARY");
      }
    }
  }

  @Test
  void commonWordsInSecretNamedVariablesAreShownAsThemselves() {
    Project p = Project.create(dir, "").migration("001_init.sql", "CREATE TABLE t (id INT);\n");
    CliRun run =
        CliRun.withEmptyEnv()
            .env("DATABASE_URL", "sqlite:app.db")
            .env("SOME_TOKEN", "head")
            .env("CACHE_KEY", "main")
            .env("SSH_KEY_PATH", dir.resolve("id_ed25519").toString());
    run.run("-c", p.config(), "migrate").exits(0);
    run.run("-c", p.config(), "status").exits(0).outContains("at head");
  }

  @Test
  void aSqliteUrlIsShownTheSameInEveryMessage() {
    Project p = Project.create(dir, "").migration("001_init.sql", "CREATE TABLE t (id INT);\n");
    String url = "sqlite:" + dir.resolve("missing/dir/app.db");
    CliResult status =
        CliRun.withEmptyEnv()
            .env("DATABASE_URL", url)
            .env("SHIPGATE_DSN", url)
            .run("-c", p.config(), "status");
    CliResult migrate =
        CliRun.withEmptyEnv()
            .env("DATABASE_URL", url)
            .env("SHIPGATE_DSN", url)
            .run("-c", p.config(), "migrate");
    assertThat(status.err() + migrate.err()).doesNotContain("****");
  }

  private static String[] prepend(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
