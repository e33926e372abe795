package dev.shipgate.ci.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskNamesTest {
  @ParameterizedTest(name = "label \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Run tests | TEST",
        "Integration Tests | TEST",
        "E2E | TEST",
        "Upload test results | INFORMATIONAL",
        "Publish test report | INFORMATIONAL",
        "Upload coverage to Codecov | INFORMATIONAL",
        "Deploy to production | DEPLOY",
        "Draft release notes | INFORMATIONAL",
        "Type check | TYPECHECK",
        "Generate types | NEUTRAL",
        "Apply migrations | MIGRATION",
        "Build docs | INFORMATIONAL",
        "Stop services | CLEANUP",
        "Lint | NEUTRAL",
        "Security scan | INFORMATIONAL",
        "Test connection | TEST"
      })
  void readsPurposeFromLabels(String label, Purpose expected) {
    assertThat(TaskNames.ofLabel(label)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "task \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "test:integration | TEST",
        "integrationTest | TEST",
        "db:migrate | MIGRATION",
        "db:push | MIGRATION",
        "build:prod | BUILD",
        "typecheck | TYPECHECK",
        "types | TYPECHECK",
        "release | DEPLOY",
        "coverage:upload | INFORMATIONAL",
        "coverage | UNKNOWN",
        "lint:fix | NEUTRAL",
        "run_tests | TEST"
      })
  void readsPurposeFromTaskNames(String task, Purpose expected) {
    assertThat(TaskNames.ofTask(task)).isEqualTo(expected);
  }
}
