package dev.shipgate.config;

/** `database:` the URL (a secret: it may carry a password), connect policy, expectations. */
public record DatabaseConfig(Secret url, ConnectConfig connect, ExpectConfig expect) {
  public DatabaseConfig {
    url = Immutables.or(url, Secret.empty());
    connect = Immutables.or(connect, ConnectConfig.defaults());
    expect = Immutables.or(expect, ExpectConfig.defaults());
  }

  static DatabaseConfig defaults() {
    return new DatabaseConfig(null, null, null);
  }
}
