package dev.shipgate.config;

/** `server:` the ops server's port and tokens. */
public record ServerConfig(Integer port, Secret adminToken, Secret internalToken) {
  public ServerConfig {
    port = Immutables.or(port, 8080);
    adminToken = Immutables.or(adminToken, Secret.empty());
    internalToken = Immutables.or(internalToken, Secret.empty());
  }

  static ServerConfig defaults() {
    return new ServerConfig(null, null, null);
  }
}
