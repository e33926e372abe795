package dev.shipgate.cli;

import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.hook.HookInstaller;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate hook install|uninstall`: the pre-commit hook (M3). */
@Command(
    name = "hook",
    mixinStandardHelpOptions = true,
    description = "Install or remove the pre-commit hook that lints staged migration files.",
    subcommands = {HookCommand.Install.class, HookCommand.Uninstall.class})
final class HookCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Cli.missingSubcommand(spec);
  }

  @Command(
      name = "install",
      mixinStandardHelpOptions = true,
      description = {
        "Add shipgate's block to .git/hooks/pre-commit (or .husky/pre-commit).",
        "It lints the staged migration files and blocks the commit on errors.",
        "Existing hook content is kept; installing twice changes nothing."
      })
  static final class Install implements Callable<Integer> {
    @ParentCommand HookCommand hook;

    @Spec CommandSpec spec;

    @Option(
        names = "--dir",
        paramLabel = "DIR",
        description = "Migration directory (default: migrations.dir).")
    Path dir;

    @Override
    public Integer call() {
      ShipgateCommand root = hook.root;
      ShipgateConfig config = root.config();
      Path migrations =
          dir != null ? dir : LintMigrationsCommand.configuredDir(config, "pass --dir DIR");
      Path configFile = config.source().file().map(Path::toAbsolutePath).orElse(null);
      HookInstaller.Result r =
          HookInstaller.install(
              Path.of("").toAbsolutePath(),
              migrations,
              configFile,
              ShipgateInvocation.shellCommand(root.env()));
      PrintWriter out = spec.commandLine().getOut();
      String where = DisplayPaths.of(r.hookFile());
      switch (r.action()) {
        case UNCHANGED -> out.println("shipgate: pre-commit hook already installed in " + where);
        case UPDATED -> out.println("shipgate: updated the pre-commit hook in " + where);
        default ->
            out.println(
                "shipgate: installed the pre-commit hook in "
                    + where
                    + "; commits that stage files under "
                    + DisplayPaths.of(migrations)
                    + " are now linted");
      }
      return ExitCode.OK.code();
    }
  }

  @Command(
      name = "uninstall",
      mixinStandardHelpOptions = true,
      description = "Remove shipgate's block from the pre-commit hook; the rest of the hook stays.")
  static final class Uninstall implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      HookInstaller.Result r = HookInstaller.uninstall(Path.of("").toAbsolutePath());
      PrintWriter out = spec.commandLine().getOut();
      String where = DisplayPaths.of(r.hookFile());
      out.println(
          r.action() == HookInstaller.Action.REMOVED
              ? "shipgate: removed the pre-commit hook block from "
                  + where
                  + (Files.exists(r.hookFile())
                      ? ""
                      : " (the file held nothing else and was deleted)")
              : "shipgate: no shipgate block in " + where + "; nothing to remove");
      return ExitCode.OK.code();
    }
  }
}
