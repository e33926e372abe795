package dev.shipgate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * `migrations:` where the files are, their layout, files never applied, who applies them, and how
 * long a run may wait: {@code lockTimeout} for another run's migration lock (default 5m), {@code
 * commandTimeout} for the team's own migrator under {@code apply: command} (default 10m).
 */
public record MigrationsConfig(
    Path dir,
    MigrationLayout layout,
    List<String> skip,
    ApplyMode apply,
    String command,
    Duration lockTimeout,
    Duration commandTimeout)
    implements ConfigSection {
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(10);

  public MigrationsConfig {
    layout = Immutables.or(layout, MigrationLayout.AUTO);
    skip = Immutables.list(skip);
    apply = Immutables.or(apply, ApplyMode.BUILTIN);
    lockTimeout = Immutables.or(lockTimeout, DEFAULT_LOCK_TIMEOUT);
    commandTimeout = Immutables.or(commandTimeout, DEFAULT_COMMAND_TIMEOUT);
  }

  @Override
  public void validate(ConfigCheck check) {
    for (int i = 0; i < skip.size(); i++) {
      check.at("skip", i).glob(skip.get(i));
    }
  }

  static MigrationsConfig defaults() {
    return new MigrationsConfig(null, null, null, null, null, null, null);
  }

  MigrationsConfig withDir(Path resolved) {
    return new MigrationsConfig(
        resolved, layout, skip, apply, command, lockTimeout, commandTimeout);
  }
}
