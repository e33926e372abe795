package dev.shipgate.config;

import java.time.Duration;

/** `database.connect:` retry policy for the first connection. */
public record ConnectConfig(
    Integer attempts, Duration initialBackoff, Duration maxBackoff, Duration timeout)
    implements ConfigSection {
  public ConnectConfig {
    attempts = Immutables.or(attempts, 5);
    initialBackoff = Immutables.or(initialBackoff, Duration.ofMillis(500));
    maxBackoff = Immutables.or(maxBackoff, Duration.ofSeconds(8));
    timeout = Immutables.or(timeout, Duration.ofSeconds(5));
  }

  static ConnectConfig defaults() {
    return new ConnectConfig(null, null, null, null);
  }

  @Override
  public void validate(ConfigCheck check) {
    check.at("initialBackoff").positive(initialBackoff);
    check.at("maxBackoff").positive(maxBackoff);
  }
}
