package dev.shipgate.cli;

import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ExitCode;
import dev.shipgate.migrations.MigrationLint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate lint`: with no sub-command, lints what the config names. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = "Lint what shipgate.yaml names (migrations.dir), or use a sub-command.",
    subcommands = {LintMigrationsCommand.class})
final class LintCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Mixin LintOptions options;

  @Override
  public Integer call() {
    ShipgateConfig config = root.config();
    return runMigrations(
        List.of(LintMigrationsCommand.configuredDir(config, "run `shipgate lint migrations PATH`")),
        options);
  }

  ShipgateCommand root() {
    return root;
  }

  int runMigrations(List<Path> dirs, LintOptions opts) {
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
    opts.format.render(outcome.report(), spec.commandLine().getOut(), root.color());
    return outcome.report().ok() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
  }
}
