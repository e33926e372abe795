package dev.shipgate.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.RulePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes real repositories taught the CI lint (issue 8): what a step runs decides, a result
 * that is read is checked, rollback filters in loops are recognised, the files a loop reads decide
 * its order, GitLab manual jobs and PowerShell scripts are not silenced checks.
 */
class CiAccuracyTest {
  @TempDir Path repo;

  private void workflow(String steps) throws IOException {
    write(
        ".github/workflows/ci.yml",
        "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n" + steps.indent(6));
  }

  private void write(String rel, String text) throws IOException {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private List<String> findings() {
    LintReport r = CiLint.run(List.of(repo), RulePolicy.defaults());
    return r.findings().stream().map(CiAccuracyTest::show).toList();
  }

  private static String show(Finding f) {
    return f.line() + " " + f.rule().id() + " " + f.severity().id();
  }

  private String message() {
    return CiLint.run(List.of(repo), RulePolicy.defaults()).findings().get(0).message();
  }

  @Test
  void linterWhoseResultsFileTheNextStepFailsOnIsCheckedNotSilenced() throws IOException {
    workflow(
        """
        - name: Run Compliance Tests
          id: compliance
          continue-on-error: true
          run: npx compliance-checker --report results.json
        - name: Fail on compliance errors
          run: jq -e '.errors == 0' results.json
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void theSameStepWithNobodyReadingItsResultsIsReportedByItsName() throws IOException {
    workflow(
        """
        - name: Run Compliance Tests
          continue-on-error: true
          run: npx compliance-checker --report results.json
        - uses: actions/upload-artifact@v4
          with:
            path: results.json
        """);
    assertThat(findings()).containsExactly("7 continue-on-error error");
  }

  @Test
  void cacheProbeRunningAFileCalledTestPyIsNotATestRun() throws IOException {
    workflow(
        """
        - name: Check venv cache
          id: cache-validate
          run: |
            echo "import fastapi" > test.py && poetry run python test.py && echo "ok=true" >> $GITHUB_OUTPUT
            rm test.py
          continue-on-error: true
        - name: Install dependencies
          if: steps.cache-validate.outputs.ok != 'true'
          run: poetry install
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void aStepNameSayingCacheOverrulesAScriptFileName() throws IOException {
    workflow(
        """
        - name: Check the cache
          continue-on-error: true
          run: python test.py
        - name: Run tests
          continue-on-error: true
          run: python test.py
        """);
    assertThat(findings()).containsExactly("10 continue-on-error error");
  }

  @Test
  void outcomeReadByALaterStepIsChecked() throws IOException {
    workflow(
        """
        - name: Integration tests
          id: it
          continue-on-error: true
          run: npm run test:integration
        - name: Comment on the pull request
          if: steps.it.outcome == 'failure'
          uses: actions/github-script@v7
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void testReporterThatFailsOnTheJunitFileChecksTheStep() throws IOException {
    workflow(
        """
        - id: tests
          continue-on-error: true
          run: pytest --junitxml=report.xml
        - uses: dorny/test-reporter@v1
          with:
            path: report.xml
            reporter: java-junit
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void jobResultReadByNameIsCheckedButAnAllGreenGateIsNot() throws IOException {
    String jobs =
        """
        on: push
        jobs:
          e2e:
            runs-on: ubuntu-latest
            continue-on-error: true
            steps:
              - run: npm run test:e2e
          gate:
            needs: [e2e]
            runs-on: ubuntu-latest
            steps:
              - if: READS
                run: exit 1
        """;
    write(".github/workflows/ci.yml", jobs.replace("READS", "needs.e2e.result == 'failure'"));
    assertThat(findings()).isEmpty();
    write(".github/workflows/ci.yml", jobs.replace("READS", "contains(toJSON(needs), 'failure')"));
    assertThat(findings()).containsExactly("5 continue-on-error error");
  }

  @Test
  void stepOutcomePassedOnAsAJobOutputAndReadByANeedingJobIsChecked() throws IOException {
    write(
        ".github/workflows/ci.yml",
        """
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            outputs:
              unit: ${{ steps.unit.outcome }}
            steps:
              - id: unit
                continue-on-error: true
                run: npm test
          report:
            needs: test
            runs-on: ubuntu-latest
            steps:
              - if: needs.test.outputs.unit != 'success'
                run: exit 1
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void caseArmThatSkipsRollbacksIsRecognised() throws IOException {
    workflow(
        """
        - name: Migrate
          run: |
            for f in $(ls db/migrations/*.sql | sort -V); do
              case "$f" in *rollback*) continue;; esac
              psql "$DATABASE_URL" -f "$f"
            done
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void testThenContinueAndFindNotNameAreRecognised() throws IOException {
    workflow(
        """
        - run: |
            for f in $(ls db/migrations/*.sql | sort -V); do
              [[ $f == *rollback* ]] && continue
              psql -f "$f"
            done
        - run: find db/migrations -name '*.sql' -not -name '*_down.sql' | sort -V | xargs -n1 psql -f
        - run: for f in $(ls db/migrations/*.sql | grep -v rollback | sort -V); do psql -f "$f"; done
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void aLoopThatOnlyMentionsRollbacksInAnEchoStillAppliesThem() throws IOException {
    workflow(
        """
        - run: |
            for f in $(ls db/migrations/*.sql | sort -V); do
              echo "applying $f (no rollback)"
              psql -f "$f"
            done
        """);
    assertThat(findings()).containsExactly("7 unsorted-migration-loop error");
  }

  @Test
  void timestampNamedFolderWithoutRollbacksSortsCorrectlyByGlob() throws IOException {
    write("db/migrations/20220101000000_init.sql", "");
    write("db/migrations/20230101000000_users.sql", "");
    workflow("- run: for f in db/migrations/*.sql; do psql -f \"$f\"; done\n");
    assertThat(findings()).isEmpty();
  }

  @Test
  void folderWhoseNamesSortWronglyIsReportedWithARealPair() throws IOException {
    write("db/migrations/9_users.sql", "");
    write("db/migrations/10_orders.sql", "");
    write("db/migrations/10_orders_rollback.sql", "");
    workflow("- run: for f in db/migrations/*.sql; do psql -f \"$f\"; done\n");
    assertThat(findings()).containsExactly("6 unsorted-migration-loop error");
    assertThat(message())
        .contains("10_orders.sql runs before 9_users.sql")
        .contains("10_orders_rollback.sql is in db/migrations");
  }

  @Test
  void gitlabManualJobAllowedToFailIsNotASilencedCheck() throws IOException {
    write(
        ".gitlab-ci.yml",
        """
        integration:
          script: [make test]
          rules:
            - if: $CI_PIPELINE_SOURCE == "schedule"
            - when: manual
              allow_failure: true
        e2e:
          script: [npm run test:e2e]
          when: manual
          allow_failure: true
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void gitlabRuleThatLetsForksFailWhileOtherRulesBlockIsAWarning() throws IOException {
    write(
        ".gitlab-ci.yml",
        """
        unit:
          script: [go test ./...]
          rules:
            - if: $CI_PROJECT_NAMESPACE != "acme"
              allow_failure: true
            - if: $CI_COMMIT_BRANCH
        """);
    assertThat(findings()).containsExactly("5 continue-on-error warning");
  }

  @Test
  void gitlabPowerShellScriptIsNotReadAsPosixShell() throws IOException {
    write(
        ".gitlab-ci.yml",
        """
        windows:
          script:
            - $env:Path += ";C:\\Go\\bin"
            - New-Item -Path out -ItemType Directory `
                -Force
            - go test ./... || true
        """);
    assertThat(findings()).isEmpty();
  }

  @Test
  void matrixExpressionsAreEvaluatedPerEntry() throws IOException {
    String job =
        """
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                ruby: ['3.3', '3.4']
                include:
                  - ruby: head
                    xfail: XFAIL
            continue-on-error: ${{ matrix.xfail && true || false }}
            steps:
              - run: bundle exec rspec
        """;
    write(".github/workflows/ci.yml", job.replace("XFAIL", "false"));
    assertThat(findings()).isEmpty();
    write(".github/workflows/ci.yml", job.replace("XFAIL", "true"));
    assertThat(findings()).containsExactly("11 continue-on-error warning");
    assertThat(message()).contains("{ruby: head, xfail: true}");
  }

  @Test
  void switchTheCallingWorkflowSetsIsAWarning() throws IOException {
    write(
        ".github/workflows/reusable.yml",
        """
        on:
          workflow_call:
            inputs:
              xfail: {type: boolean}
        jobs:
          tox:
            runs-on: ubuntu-latest
            continue-on-error: ${{ fromJSON(inputs.xfail) || startsWith(inputs.python, '~') }}
            steps:
              - run: tox
        """);
    assertThat(findings()).containsExactly("8 continue-on-error warning");
  }

  @Test
  void bareRakeRunsTheDefaultTaskWhichIsTheTestSuite() throws IOException {
    workflow("- run: bundle exec rake || true\n");
    assertThat(findings()).containsExactly("6 ignored-failure error");
  }

  @Test
  void unknownCommandSwallowedInAStepNamedForTestsIsReportedByTheName() throws IOException {
    workflow("- name: Run conformance tests\n  run: bundle exec bake test || true\n");
    assertThat(findings()).containsExactly("7 ignored-failure error");
  }

  @Test
  void pushingAManifestListIsPublishing() throws IOException {
    workflow(
        "- name: Push manifest\n  continue-on-error: true\n"
            + "  run: docker buildx imagetools create -t acme/app:1 acme/app@sha256:abc\n");
    assertThat(findings()).containsExactly("7 continue-on-error error");
  }

  @Test
  void releaseNotesAreNotARelease() throws IOException {
    workflow("- continue-on-error: true\n  run: ./scripts/release-notes.sh v1 > notes.txt\n");
    assertThat(findings()).isEmpty();
  }
}
