package dev.shipgate.config;

import java.time.Duration;

/**
 * `deploy:` the budgets of {@code deploy} that belong to no single service: how long a deploy lock
 * lives without a heartbeat, how long a rollback may take (its own budget, never what is left of
 * another), and how long services get to become ready after the one recovery trigger.
 */
public record DeployConfig(Duration lockExpiry, Duration rollbackTimeout, Duration recoverTimeout) {
  public DeployConfig {
    lockExpiry = Immutables.or(lockExpiry, Duration.ofSeconds(30));
    rollbackTimeout = Immutables.or(rollbackTimeout, Duration.ofSeconds(60));
    recoverTimeout = Immutables.or(recoverTimeout, Duration.ofSeconds(30));
  }

  static DeployConfig defaults() {
    return new DeployConfig(null, null, null);
  }
}
