package dev.shipgate.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorClass;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.RulePolicy;
import dev.shipgate.lint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiLintTest {
  @TempDir Path repo;

  private Path write(String rel, String text) throws IOException {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private LintReport lint() {
    return CiLint.run(List.of(repo), RulePolicy.defaults());
  }

  private static List<String> where(LintReport r) {
    return r.findings().stream().map(f -> f.line() + " " + f.rule().id()).toList();
  }

  private static final String WORKFLOW =
      """
      on: push
      jobs:
        test:
          runs-on: ubuntu-latest
          continue-on-error: true
          steps:
            # shipgate: allow continue-on-error -- the nightly suite is advisory
            - name: Nightly suite
              continue-on-error: true
              run: npm run test:nightly
            - name: Unit tests
              continue-on-error: true
              run: |
                # shipgate: allow ignored-failure
                npm test || true
            - name: Integration tests
              continue-on-error: true
              run: npm run test:integration || true
      """;

  @Test
  void allowCommentSilencesOnlyItsOwnStepAndRule() throws IOException {
    write(".github/workflows/ci.yml", WORKFLOW);
    assertThat(where(lint()))
        .containsExactly(
            "5 continue-on-error", // job level: no comment of its own
            "12 continue-on-error", // the ignored-failure comment does not cover continue-on-error
            "17 continue-on-error",
            "18 ignored-failure");
  }

  @Test
  void commentAboveTheJobSilencesTheJobButNotItsSteps() throws IOException {
    write(
        ".github/workflows/ci.yml",
        WORKFLOW.replace(
            "  test:\n", "  # shipgate: allow continue-on-error, ignored-failure\n  test:\n"));
    assertThat(where(lint()))
        .containsExactly("13 continue-on-error", "18 continue-on-error", "19 ignored-failure");
  }

  @Test
  void lintConfigChangesSeverityAndAllowsFiles() throws IOException {
    write(".github/workflows/ci.yml", WORKFLOW);
    write(".github/workflows/nightly.yml", WORKFLOW);
    Path config =
        write(
            "shipgate.yaml",
            """
            version: 1
            lint:
              rules:
                continue-on-error: warning
                ignored-failure:
                  allow: [".github/workflows/nightly.yml"]
            """);
    ShipgateConfig c = new ConfigLoader(Map.<String, String>of()::get).load(config);
    LintReport r = CiLint.run(List.of(repo), RulePolicy.from(c.lint(), c.source()));
    assertThat(r.findings())
        .filteredOn(f -> f.rule().id().equals("continue-on-error"))
        .allMatch(f -> f.severity() == Severity.WARNING)
        .hasSize(6);
    assertThat(r.findings())
        .filteredOn(f -> f.rule().id().equals("ignored-failure"))
        .extracting(f -> f.path().getFileName().toString())
        .containsExactly("ci.yml");
  }

  @Test
  void everyFindingHasALineAndNamesJobAndStep() throws IOException {
    write(".github/workflows/ci.yml", WORKFLOW);
    for (Finding f : lint().findings()) {
      assertThat(f.line()).isPositive();
      assertThat(f.message()).startsWith("job 'test'");
      assertThat(f.hint()).isNotBlank();
    }
    assertThat(lint().findings().get(1).message()).contains("step 'Unit tests'");
  }

  @Test
  void gitlabHonoursInheritDefaultFalse() throws IOException {
    write(
        ".gitlab-ci.yml",
        """
        default:
          before_script:
            - bundle exec rake db:migrate || true
        test:
          script: [bundle exec rspec]
        lint:
          inherit:
            default: false
          script: [bundle exec rubocop]
        """);
    LintReport r = lint();
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).line()).isEqualTo(3);
    assertThat(r.findings().get(0).message()).startsWith("job 'test'");
  }

  @Test
  void gitlabTemplateSharedByJobsIsReportedOnceNamingEveryJob() throws IOException {
    write(
        ".gitlab-ci.yml",
        """
        .tests:
          script:
            - npm test || true
        unit:
          extends: .tests
        e2e:
          extends: .tests
        """);
    LintReport r = lint();
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).message()).startsWith("jobs 'unit', 'e2e'");
    assertThat(r.findings().get(0).line()).isEqualTo(3);
  }

  @Test
  void gitlabReferenceTagsAndGlobIncludesAreFollowed() throws IOException {
    write(
        ".gitlab-ci.yml",
        "include: 'ci/*.yml'\nmigrate:\n  script:\n    - !reference [.db, script]\n");
    write("ci/db.yml", ".db:\n  script:\n    - alembic upgrade head || echo failed\n");
    LintReport r = lint();
    assertThat(r.findings())
        .extracting(f -> repo.relativize(f.path()) + ":" + f.line())
        .containsExactly("ci/db.yml:3");
    assertThat(r.files()).isEqualTo(2);
  }

  @Test
  void malformedFileIsOneFindingAndTheOthersAreStillChecked() throws IOException {
    write(".github/workflows/bad.yml", "jobs:\n  t:\n    steps: [\n");
    write(".github/workflows/good.yml", WORKFLOW);
    LintReport r = lint();
    assertThat(r.findings()).filteredOn(f -> f.rule().id().equals("invalid-ci-file")).hasSize(1);
    assertThat(r.findings())
        .filteredOn(f -> f.rule().id().equals("continue-on-error"))
        .isNotEmpty();
    assertThat(r.files()).isEqualTo(2);
  }

  @Test
  void notUtf8IsAFindingNotACrash() throws IOException {
    Path p = repo.resolve(".github/workflows/latin1.yml");
    Files.createDirectories(p.getParent());
    Files.write(p, new byte[] {'o', 'n', ':', ' ', (byte) 0xE9, '\n'});
    assertThat(where(lint())).containsExactly("1 invalid-ci-file");
  }

  @Test
  void missingPathIsInputMissing() {
    assertThatThrownBy(() -> CiLint.run(List.of(repo.resolve("nope")), RulePolicy.defaults()))
        .isInstanceOf(ShipgateException.class)
        .satisfies(
            e ->
                assertThat(((ShipgateException) e).code().errorClass())
                    .isEqualTo(ErrorClass.INPUT_MISSING));
  }

  @Test
  void folderWithoutCiFilesIsInputMissing() throws IOException {
    write("README.md", "hello");
    assertThatThrownBy(() -> lint()).hasMessageContaining("no CI files in");
  }

  @Test
  void repositoryIsFoundFromASubfolderUpToTheGitRoot() throws IOException {
    write(".github/workflows/ci.yml", WORKFLOW);
    Files.createDirectories(repo.resolve(".git"));
    Path sub = Files.createDirectories(repo.resolve("services/api"));
    assertThat(CiLint.findRepository(sub)).contains(repo.toAbsolutePath().normalize());
    Path other = Files.createDirectories(repo.resolve("nested"));
    Files.createDirectories(other.resolve(".git"));
    assertThat(CiLint.findRepository(other)).isEmpty();
  }
}
