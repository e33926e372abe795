package dev.shipgate.cli;

import dev.shipgate.ci.CiLint;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.RulePolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `shipgate lint ci [PATH...]`: CI workflows whose failures cannot fail the run (C1). */
@Command(
    name = "ci",
    mixinStandardHelpOptions = true,
    description = {
      "Lint CI files offline: GitHub Actions workflows and composite actions, GitLab CI.",
      "Reports continue-on-error / allow_failure on tests, migrations, builds, type",
      "checks and deploys; failures thrown away by || true, set +e or a pipe without",
      "pipefail; and loops that apply *.sql files in glob order.",
      "Silence one step with a `# shipgate: allow <rule>` comment.",
      "Exit 1 when any finding is an error."
    })
final class LintCiCommand implements Callable<Integer>, FormatOption.LintReporting {
  @ParentCommand LintCommand lint;

  @Mixin FormatOption output;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Repository roots, workflow folders or CI files (default: the working directory, or its"
              + " nearest parent up to the git root, holding .github/workflows or .gitlab-ci.yml).")
  List<Path> paths;

  @Override
  public Integer call() {
    ShipgateConfig config =
        paths == null || paths.isEmpty() ? lint.root().config() : lint.root().configIfUsable();
    List<Path> targets = paths == null || paths.isEmpty() ? List.of(workingRepository()) : paths;
    LintReport report =
        CiLint.run(
            targets,
            RulePolicy.from(config.lint(), config.source()),
            Redactor.of(config, lint.root().env()));
    return lint.render(report, output);
  }

  private static Path workingRepository() {
    Path cwd = Path.of("").toAbsolutePath();
    return CiLint.findRepository(cwd)
        .orElseThrow(
            () ->
                ShipgateException.inputMissing(
                    "no CI files in "
                        + DisplayPaths.of(cwd)
                        + " or its parents: expected .github/workflows/*.yml or .gitlab-ci.yml"
                        + " (run from the repository, or pass PATH)"));
  }
}
