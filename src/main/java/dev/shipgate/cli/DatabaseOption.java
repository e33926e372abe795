package dev.shipgate.cli;

import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.db.DatabaseTarget;
import dev.shipgate.db.DatabaseUrl;
import picocli.CommandLine.Option;

/** {@code --url} for the commands that talk to the database. */
final class DatabaseOption {
  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Database URL (default: database.url).")
  String url;

  /** {@code --url}, else {@code database.url}; one-line errors (64 or 78) when neither works. */
  DatabaseUrl resolve(ShipgateConfig config) {
    return DatabaseTarget.resolve(url, config);
  }
}
