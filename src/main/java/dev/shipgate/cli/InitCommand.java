package dev.shipgate.cli;

import dev.shipgate.config.ConfigLoader;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.init.Init;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `shipgate init`: write a commented shipgate.yaml for this project and print the next steps (C2).
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Detect migrations (Prisma, Alembic, Flyway, numbered SQL), CI files and the",
      "stack; write a commented shipgate.yaml (or the -c FILE); print a CI job and",
      "pre-deploy hooks to add. An existing file is kept unless --force."
    })
final class InitCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--force", description = "Overwrite an existing config file.")
  boolean force;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "Project folder to scan (default: the -c FILE's folder, else the working directory).")
  Path dir;

  @Override
  public Integer call() {
    Path target = root.configFile();
    Path project = dir != null ? dir : target != null ? parentOf(target) : Path.of("");
    if (target == null) {
      target = project.resolve(ConfigLoader.DEFAULT_FILE);
    }
    Init.Result r = Init.run(project.toAbsolutePath().normalize(), target, force);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "shipgate: wrote " + DisplayPaths.of(r.written()) + " (" + r.project().summary() + ")");
    out.println();
    out.print(r.nextSteps());
    out.flush();
    return ExitCode.OK.code();
  }

  private static Path parentOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("") : parent;
  }
}
