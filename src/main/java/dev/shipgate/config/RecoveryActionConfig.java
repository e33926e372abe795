package dev.shipgate.config;

import java.time.Duration;

/**
 * A monitor target's `recover:`: a shell command (run in the config directory, killed with its
 * children after {@code timeout}) or an HTTP trigger ({@code POST}; 2xx is success, 429 defers by
 * its {@code Retry-After}).
 */
public record RecoveryActionConfig(String command, Duration timeout, String trigger) {
  public RecoveryActionConfig {
    timeout = Immutables.or(timeout, Duration.ofSeconds(60));
  }
}
