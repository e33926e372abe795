package dev.shipgate.config;

import java.time.Duration;
import java.util.List;

/** One `verify.endpoints` entry: a URL and the statuses that count as alive. */
public record EndpointConfig(String get, List<Integer> allow, Duration timeout) {
  public EndpointConfig {
    allow = Immutables.list(allow);
    timeout = Immutables.or(timeout, Duration.ofSeconds(10));
  }
}
