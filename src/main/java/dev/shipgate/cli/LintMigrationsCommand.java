package dev.shipgate.cli;

import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ShipgateException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `shipgate lint migrations [PATH...]`: offline migration lint (M1) and ledger (M2). */
@Command(
    name = "migrations",
    mixinStandardHelpOptions = true,
    description =
        "Lint migration directories offline (numbered, Flyway, up/down, Prisma, Alembic, Django,"
            + " Rails, dbmate, goose, diesel; detected from the files): names, duplicate versions,"
            + " rollback and destructive files, gaps, glob order, migration graphs, folders"
            + " without SQL, directories with nothing to check, and shipgate.sum. Exit 1 when any"
            + " finding is an error.")
final class LintMigrationsCommand implements Callable<Integer>, FormatOption.LintReporting {
  @ParentCommand LintCommand lint;

  @Mixin LintOptions options;

  @Mixin FormatOption format;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Migration directories (default: migrations.dir from the config).")
  List<Path> paths;

  @Override
  public Integer call() {
    ShipgateConfig config =
        paths == null || paths.isEmpty() ? lint.root().config() : lint.root().configIfUsable();
    List<Path> dirs =
        paths == null || paths.isEmpty()
            ? List.of(configuredDir(config, "pass PATH (shipgate lint migrations db/migrations)"))
            : paths;
    return lint.runMigrations(dirs, options, format);
  }

  /**
   * {@code migrations.dir} from the config, or a one-line error that says how to name one.
   *
   * @param alternative how the user can name the directory instead, e.g. "pass --dir DIR"
   */
  static Path configuredDir(ShipgateConfig config, String alternative) {
    Path dir = config.migrations().dir();
    if (dir != null) {
      return dir;
    }
    if (config.source().file().isEmpty()) {
      throw ShipgateException.inputMissing(
          "no migration directory: "
              + alternative
              + ", or create shipgate.yaml with migrations.dir");
    }
    throw ShipgateException.config(
        config.source().file().get()
            + ": no migrations.dir; set migrations.dir, or "
            + alternative);
  }
}
