package dev.shipgate.config;

import java.util.List;

/** `env:` required variables and extra secret names. */
public record EnvConfig(List<String> required, List<String> secrets) {
  public EnvConfig {
    required = Immutables.list(required);
    secrets = Immutables.list(secrets);
  }

  static EnvConfig defaults() {
    return new EnvConfig(null, null);
  }
}
