package dev.shipgate.ci.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads purpose from names people give things: package scripts ({@code test:e2e}), make targets,
 * script files ({@code run-tests.sh}), step and job names ("Upload coverage"). Informational words
 * win over critical ones ("Upload test results" is a report, not a test run), and critical words
 * win over housekeeping ones ("lint:types" type-checks).
 */
public final class TaskNames {
  private static final Set<String> INFO_STRONG =
      Set.of(
          "upload",
          "codecov",
          "coveralls",
          "sonar",
          "sonarqube",
          "sonarcloud",
          "notify",
          "notification",
          "notifications",
          "slack",
          "discord",
          "teams",
          "audit",
          "scan",
          "scanner",
          "snyk",
          "trivy",
          "codeql",
          "badge",
          "semgrep",
          "gitleaks",
          "sast",
          "dast",
          "security",
          "vulnerability",
          "vulnerabilities",
          "lighthouse",
          "bundlesize",
          "sbom",
          "scanning",
          "quality",
          "secret",
          "secrets",
          "license",
          "licenses",
          "dependabot",
          "notes",
          "changelog");
  private static final Set<String> INFO_LABEL =
      Set.of(
          "report",
          "reports",
          "reporting",
          "results",
          "result",
          "artifact",
          "artifacts",
          "summary",
          "comment",
          "docs",
          "documentation",
          "benchmark",
          "benchmarks",
          "bench",
          "stats",
          "size",
          "coverage",
          "annotate",
          "annotations",
          "status");
  private static final Set<String> TEST =
      Set.of(
          "test",
          "tests",
          "testing",
          "e2e",
          "spec",
          "specs",
          "unit",
          "integration",
          "integ",
          "smoke",
          "acceptance",
          "jest",
          "vitest",
          "mocha",
          "cypress",
          "playwright",
          "pytest",
          "rspec",
          "phpunit",
          "unittest",
          "unittests",
          "functional",
          "regression",
          "tox",
          "nox");
  private static final Set<String> MIGRATION =
      Set.of("migrate", "migration", "migrations", "migrator", "flyway", "alembic", "liquibase");
  private static final Set<String> BUILD = Set.of("build", "builds", "compile", "assemble");
  private static final Set<String> TYPECHECK =
      Set.of("typecheck", "typechecks", "tsc", "mypy", "pyright", "typescheck", "typing");
  private static final Set<String> DEPLOY =
      Set.of("deploy", "deployment", "deploys", "release", "publish", "ship", "rollout");

  /** Too vague in a human label ("Draft release notes"); fine in a script name. */
  private static final Set<String> LABEL_VAGUE = Set.of("release", "ship");

  private static final Set<String> CLEANUP =
      Set.of("clean", "cleanup", "teardown", "stop", "down", "kill", "prune", "purge");
  private static final Set<String> NEUTRAL =
      Set.of(
          "lint",
          "linter",
          "eslint",
          "prettier",
          "format",
          "fmt",
          "style",
          "stylelint",
          "dev",
          "start",
          "serve",
          "watch",
          "install",
          "setup",
          "bootstrap",
          "prepare",
          "postinstall",
          "generate",
          "codegen",
          "seed",
          "seeds",
          "storybook",
          "cache",
          "restore",
          "checkout",
          "login",
          "version",
          "labels",
          "label",
          "stale");

  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  private TaskNames() {}

  /** A script, target or file name ({@code test:unit}, {@code run_migrations.sh}). */
  public static Purpose ofTask(String name) {
    return classify(tokens(name), false);
  }

  /** A human label: a step or job name, a stage. More words count as informational. */
  public static Purpose ofLabel(String name) {
    return classify(tokens(name), true);
  }

  private static Purpose classify(List<String> tokens, boolean label) {
    if (tokens.isEmpty()) {
      return Purpose.UNKNOWN;
    }
    if (tokens.stream().anyMatch(INFO_STRONG::contains)) {
      return Purpose.INFORMATIONAL;
    }
    if (label && tokens.stream().anyMatch(INFO_LABEL::contains)) {
      return Purpose.INFORMATIONAL;
    }
    if (tokens.stream().anyMatch(t -> DEPLOY.contains(t) && !(label && LABEL_VAGUE.contains(t)))) {
      return Purpose.DEPLOY;
    }
    if (tokens.stream().anyMatch(MIGRATION::contains)
        || tokens.contains("db") && tokens.stream().anyMatch(Set.of("push", "deploy")::contains)) {
      return Purpose.MIGRATION;
    }
    if (tokens.stream().anyMatch(TEST::contains)) {
      return Purpose.TEST;
    }
    if (tokens.stream().anyMatch(TYPECHECK::contains)
        || tokens.contains("types") && !label && !tokens.contains("generate")
        || tokens.contains("type") && tokens.contains("check")
        || tokens.contains("types") && tokens.contains("check")) {
      return Purpose.TYPECHECK;
    }
    if (tokens.stream().anyMatch(BUILD::contains)) {
      return Purpose.BUILD;
    }
    if (tokens.stream().anyMatch(CLEANUP::contains)) {
      return Purpose.CLEANUP;
    }
    if (tokens.stream().anyMatch(NEUTRAL::contains)) {
      return Purpose.NEUTRAL;
    }
    if (!label && tokens.stream().anyMatch(INFO_LABEL::contains)) {
      return tokens.contains("coverage") ? Purpose.UNKNOWN : Purpose.INFORMATIONAL;
    }
    return Purpose.UNKNOWN;
  }

  /** Lower-case words: split on punctuation, digits kept, camelCase split. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    String spaced = CAMEL.matcher(name).replaceAll("$1 $2");
    for (String t : NON_WORD.split(spaced.toLowerCase(Locale.ROOT))) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
