package dev.shipgate.cli;

import dev.shipgate.config.ShipgateConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --dir} for the commands that read a migration directory. */
final class DirOption {
  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Migration directory (default: migrations.dir).")
  Path dir;

  /**
   * {@code --dir} (relative to the working directory), else {@code migrations.dir}, else an error.
   */
  Path resolve(ShipgateConfig config) {
    return dir != null ? dir : LintMigrationsCommand.configuredDir(config, "pass --dir DIR");
  }

  /** {@code --dir}, else {@code migrations.dir}, else null. */
  Path orNull(ShipgateConfig config) {
    return dir != null ? dir : config.migrations().dir();
  }
}
