package dev.shipgate.cli;

import dev.shipgate.ci.CiLint;
import dev.shipgate.cli.render.lint.ReportFormat;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.lint.LintReport;
import dev.shipgate.lint.RulePolicy;
import dev.shipgate.migrations.MigrationLint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `shipgate lint`: with no sub-command, lints the migrations shipgate.yaml names and the
 * repository's CI files, in one report.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lint the migrations shipgate.yaml names (migrations.dir) and the repository's CI files",
      "(.github/workflows, .gitlab-ci.yml) in one report, or use a sub-command."
    },
    subcommands = {LintMigrationsCommand.class, LintCiCommand.class})
final class LintCommand implements Callable<Integer>, FormatOption.LintReporting {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Mixin LintOptions options;

  @Mixin FormatOption format;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    Path migrations = config.migrations().dir();
    Optional<Path> repository = CiLint.findRepository(ciSearchStart(config));
    if (migrations == null && repository.isEmpty()) {
      throw nothingToLint(config);
    }
    LintReport report = LintReport.empty();
    if (migrations != null) {
      report = lintMigrations(List.of(migrations), options);
    }
    if (repository.isPresent()) {
      RulePolicy policy = RulePolicy.from(config.lint(), config.source());
      report =
          report.plus(
              CiLint.run(List.of(repository.get()), policy, Redactor.of(config, root.env())));
    }
    return render(report, format);
  }

  ShipgateCommand root() {
    return root;
  }

  int runMigrations(List<Path> dirs, LintOptions opts, FormatOption format) {
    return render(lintMigrations(dirs, opts), format);
  }

  int render(LintReport report, FormatOption format) {
    ReportFormat.valueOf(format.get().name())
        .render(report, spec.commandLine().getOut(), root.color());
    return report.ok() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
  }

  private LintReport lintMigrations(List<Path> dirs, LintOptions opts) {
    ShipgateConfig config = root.config();
    MigrationLayout layout = opts.layout != null ? opts.layout : config.migrations().layout();
    MigrationLint.Outcome outcome =
        MigrationLint.run(
            dirs, new MigrationLint.Options(layout, opts.updateSum, opts.requireSum), config);
    PrintWriter err = spec.commandLine().getErr();
    for (String written : outcome.written()) {
      err.println("shipgate: wrote " + written);
    }
    err.flush();
    return outcome.report();
  }

  /** CI files are looked for from the config file's folder, else from the working directory. */
  private static Path ciSearchStart(ShipgateConfig config) {
    return config.source().file().isPresent()
        ? config.source().baseDir()
        : Path.of("").toAbsolutePath();
  }

  private static ShipgateException nothingToLint(ShipgateConfig config) {
    String ci =
        " (and no .github/workflows or .gitlab-ci.yml in "
            + DisplayPaths.of(ciSearchStart(config))
            + " or its parents for the CI lint)";
    if (config.source().file().isEmpty()) {
      return ShipgateException.inputMissing(
          "nothing to lint: no migration directory: run `shipgate lint migrations PATH`, or create"
              + " shipgate.yaml with migrations.dir (`shipgate init` writes one)"
              + ci);
    }
    return ShipgateException.config(
        config.source().file().get()
            + ": no migrations.dir; set migrations.dir, or run `shipgate lint migrations PATH`"
            + ci);
  }
}
