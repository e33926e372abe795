package dev.shipgate.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One entry of `services:`, started in order by `deploy`. {@code rollback} is a command run after
 * the service was stopped by a rollback; {@code stopTimeout} is the grace between SIGTERM and
 * SIGKILL.
 */
public record ServiceConfig(
    String name,
    ServiceRole role,
    String start,
    Path cwd,
    Map<String, String> env,
    Integer port,
    Duration readyTimeout,
    List<CheckConfig> ready,
    RecoverConfig recover,
    String rollback,
    Duration stopTimeout)
    implements ConfigSection {
  public ServiceConfig {
    role = Immutables.or(role, ServiceRole.BACKEND);
    env = Immutables.map(env);
    readyTimeout = Immutables.or(readyTimeout, Duration.ofSeconds(60));
    ready = Immutables.list(ready);
    stopTimeout = Immutables.or(stopTimeout, Duration.ofSeconds(10));
  }

  ServiceConfig withCwd(Path resolved) {
    return new ServiceConfig(
        name,
        role,
        start,
        resolved,
        env,
        port,
        readyTimeout,
        ready,
        recover,
        rollback,
        stopTimeout);
  }

  @Override
  public void validate(ConfigCheck check) {
    check.at("port").port(port, false);
  }
}
