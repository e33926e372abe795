package dev.shipgate.config;

import java.time.Duration;

/**
 * `server:` the ops server ({@code shipgate serve}): where it listens, its tokens, how often the
 * background checks run and how long one may take, and whether {@code /metrics} needs the admin
 * token.
 */
public record ServerConfig(
    Integer port,
    String bind,
    Secret adminToken,
    Secret internalToken,
    Duration refresh,
    Duration timeout,
    Boolean metricsAuth) {
  public ServerConfig {
    port = Immutables.or(port, 8080);
    bind = bind == null || bind.isBlank() ? "127.0.0.1" : bind.strip();
    adminToken = Immutables.or(adminToken, Secret.empty());
    internalToken = Immutables.or(internalToken, Secret.empty());
    refresh = Immutables.or(refresh, Duration.ofSeconds(15));
    timeout = Immutables.or(timeout, Duration.ofSeconds(10));
    metricsAuth = Immutables.or(metricsAuth, false);
  }

  static ServerConfig defaults() {
    return new ServerConfig(null, null, null, null, null, null, null);
  }

  /** This config listening on {@code newPort} ({@code serve --port}). */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(
        newPort, bind, adminToken, internalToken, refresh, timeout, metricsAuth);
  }
}
