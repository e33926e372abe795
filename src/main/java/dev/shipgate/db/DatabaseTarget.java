package dev.shipgate.db;

import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ShipgateException;
import java.nio.file.Path;

/**
 * Which database a command talks to: {@code --url} (a relative SQLite path resolves against the
 * working directory), else {@code database.url} (relative to the config file's directory).
 */
public final class DatabaseTarget {
  private DatabaseTarget() {}

  /**
   * @throws ShipgateException 64 for a bad {@code --url}, 78 for a bad or empty {@code
   *     database.url}
   */
  public static DatabaseUrl resolve(String cliUrl, ShipgateConfig config) {
    if (cliUrl != null) {
      try {
        return DatabaseUrl.parse(cliUrl, Path.of("").toAbsolutePath());
      } catch (IllegalArgumentException e) {
        throw ShipgateException.usage("--url: " + e.getMessage());
      }
    }
    String configured = config.database().url().reveal();
    if (configured.isBlank()) {
      String fix =
          "pass --url URL, or set database.url in shipgate.yaml (url: ${DATABASE_URL}) and"
              + " export DATABASE_URL";
      if (config.source().file().isEmpty()) {
        throw ShipgateException.usage("no database URL: " + fix);
      }
      throw ShipgateException.config(
          config.source().where("database", "url") + ": database.url is empty: " + fix);
    }
    try {
      return DatabaseUrl.parse(configured, config.source().baseDir());
    } catch (IllegalArgumentException e) {
      throw ShipgateException.config(
          config.source().where("database", "url") + ": 'database.url': " + e.getMessage());
    }
  }
}
