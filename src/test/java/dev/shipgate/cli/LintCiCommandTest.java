package dev.shipgate.cli;

import static dev.shipgate.testing.CliRun.shipgate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipgate.testing.CliResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCiCommandTest {
  @TempDir Path repo;

  private static final String WORKFLOW =
      """
      on: push
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v4
            - name: Tests
              continue-on-error: true
              run: npm test
      """;

  @BeforeEach
  void workflow() throws IOException {
    write(".github/workflows/ci.yml", WORKFLOW);
  }

  private Path write(String rel, String text) throws IOException {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void textNamesFileLineJobStepAndFix() {
    shipgate("lint", "ci", repo.toString())
        .exits(1)
        .outContains(
            "ci.yml",
            "error   continue-on-error  line 8: job 'test', step 'Tests':",
            "fix: remove continue-on-error",
            "FAILED: 1 error, 0 warnings in 1 file");
  }

  @Test
  void jsonAlwaysCarriesTheLine() throws IOException {
    CliResult r = shipgate("lint", "ci", repo.toString(), "--format", "json").exits(1);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("ok").asBoolean()).isFalse();
    JsonNode f = doc.get("findings").get(0);
    assertThat(f.get("rule").asText()).isEqualTo("continue-on-error");
    assertThat(f.get("line").asInt()).isEqualTo(8);
    assertThat(f.get("path").asText()).endsWith(".github/workflows/ci.yml");
    assertThat(doc.get("summary").get("files").asInt()).isEqualTo(1);
  }

  @Test
  void sarifListsTheCiRulesAndTheRegion() throws IOException {
    CliResult r = shipgate("lint", "ci", repo.toString(), "--format", "sarif").exits(1);
    JsonNode run = new ObjectMapper().readTree(r.out()).get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("rules").toString())
        .contains(
            "continue-on-error", "ignored-failure", "unsorted-migration-loop", "invalid-ci-file");
    assertThat(
            run.get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region")
                .get("startLine")
                .asInt())
        .isEqualTo(8);
  }

  @Test
  void githubFormatAnnotatesTheLine() {
    shipgate("lint", "ci", repo.toString(), "--format", "github")
        .exits(1)
        .outContains(",line=8,title=shipgate continue-on-error::");
  }

  @Test
  void cleanWorkflowPasses() throws IOException {
    write(
        ".github/workflows/ci.yml",
        WORKFLOW.replace("continue-on-error: true", "continue-on-error: false"));
    shipgate("lint", "ci", repo.toString()).exits(0).outContains("OK: no problems in 1 file");
  }

  @Test
  void missingPathIsOneLineAndExit66() {
    shipgate("lint", "ci", repo.resolve("nope").toString())
        .exits(66)
        .oneLineError()
        .errContains("CI path not found");
  }

  @Test
  void lintWithConfigMergesMigrationsAndCi() throws IOException {
    write("db/migrations/001_init.sql", "create table a(id int);\n");
    write("db/migrations/002_more.sql", "create table b(id int);\n");
    Path config = write("shipgate.yaml", "version: 1\nmigrations:\n  dir: db/migrations\n");
    shipgate("-c", config.toString(), "lint")
        .exits(1)
        .outContains("continue-on-error", "db/migrations (numbered layout, 2 files)", "in 3 files");
  }

  @Test
  void lintWithoutWorkflowsKeepsTheMigrationReportAsItWas() throws IOException {
    Files.delete(repo.resolve(".github/workflows/ci.yml"));
    Files.delete(repo.resolve(".github/workflows"));
    Files.delete(repo.resolve(".github"));
    Files.createDirectories(repo.resolve(".git"));
    write("db/migrations/001_init.sql", "create table a(id int);\n");
    Path config = write("shipgate.yaml", "version: 1\nmigrations:\n  dir: db/migrations\n");
    String all = shipgate("-c", config.toString(), "lint").exits(0).out();
    String migrations = shipgate("-c", config.toString(), "lint", "migrations").exits(0).out();
    assertThat(all).isEqualTo(migrations);
  }

  @Test
  void lintWithConfigAndOnlyWorkflowsLintsCi() throws IOException {
    Path config = write("shipgate.yaml", "version: 1\nproject: x\n");
    shipgate("-c", config.toString(), "lint").exits(1).outContains("continue-on-error");
  }

  @Test
  void lintWithNothingToLintIsOneLine() throws IOException {
    Path empty = Files.createDirectories(repo.resolve("empty"));
    Files.createDirectories(empty.resolve(".git"));
    Path config = Files.writeString(empty.resolve("shipgate.yaml"), "version: 1\n");
    shipgate("-c", config.toString(), "lint")
        .exits(78)
        .oneLineError()
        .errContains("no migrations.dir");
  }

  @Test
  void allowCommentInTheWorkflowSilencesTheStep() throws IOException {
    write(
        ".github/workflows/ci.yml",
        WORKFLOW.replace(
            "      - name: Tests\n",
            "      # shipgate: allow continue-on-error\n      - name: Tests\n"));
    shipgate("lint", "ci", repo.toString()).exits(0);
  }

  @Test
  void secretsQuotedFromTheWorkflowAreMasked() throws IOException {
    write(
        ".github/workflows/deploy.yml",
        """
        on: push
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - run: psql postgres://app:hunter2@db.internal/app -f schema.sql || true
              - run: vercel deploy --prod --token=tok_5ecretvalue || true
        """);
    dev.shipgate.testing.CliRun.withEmptyEnv()
        .env("VERCEL_TOKEN", "tok_5ecretvalue")
        .run("lint", "ci", repo.toString(), "--format", "json")
        .exits(1)
        .outContains("app:****@db.internal", "--token=****")
        .neverShows("hunter2")
        .neverShows("tok_5ecretvalue");
  }
}
