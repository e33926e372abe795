package dev.shipgate.config;

import java.nio.file.Path;
import java.util.List;

/** `migrations:` where the files are, their layout, files never applied, who applies them. */
public record MigrationsConfig(
    Path dir, MigrationLayout layout, List<String> skip, ApplyMode apply, String command) {
  public MigrationsConfig {
    layout = Immutables.or(layout, MigrationLayout.AUTO);
    skip = Immutables.list(skip);
    apply = Immutables.or(apply, ApplyMode.BUILTIN);
  }

  static MigrationsConfig defaults() {
    return new MigrationsConfig(null, null, null, null, null);
  }

  MigrationsConfig withDir(Path resolved) {
    return new MigrationsConfig(resolved, layout, skip, apply, command);
  }
}
