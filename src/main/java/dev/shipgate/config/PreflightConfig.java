package dev.shipgate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * `preflight:` what {@code deploy}'s PRECHECK verifies besides env and ports: directories that must
 * be writable and generated artifacts that must exist (or be produced by their {@code generate}
 * command). Paths are relative to the config file.
 */
public record PreflightConfig(
    List<Path> writable, List<ArtifactConfig> artifacts, Duration generateTimeout) {
  public PreflightConfig {
    writable = Immutables.list(writable);
    artifacts = Immutables.list(artifacts);
    generateTimeout = Immutables.or(generateTimeout, Duration.ofMinutes(5));
  }

  static PreflightConfig defaults() {
    return new PreflightConfig(null, null, null);
  }

  /**
   * One generated artifact: {@code path} must exist; when it does not, {@code generate} (e.g.
   * {@code npx prisma generate}) is run in {@code cwd} (default: the config directory) and must
   * create it.
   */
  public record ArtifactConfig(Path path, String generate, Path cwd) {}
}
