package dev.shipgate.probe.wait;

import java.time.Duration;
import java.util.List;

/**
 * How to wait: the overall {@code timeout} (always finite), the pause between polls of one target,
 * the bound on each request or connect, and the HTTP statuses that count as ready (empty: 2xx).
 */
public record WaitOptions(
    Duration timeout, Duration interval, Duration requestTimeout, List<Integer> statuses) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(50);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

  public WaitOptions {
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    interval = interval == null ? DEFAULT_INTERVAL : interval;
    requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    if (!timeout.isPositive() || !interval.isPositive() || !requestTimeout.isPositive()) {
      throw new IllegalArgumentException("timeout, interval and request timeout must be positive");
    }
    for (Integer s : statuses) {
      if (s < 100 || s > 599) {
        throw new IllegalArgumentException(
            "--status " + s + " is not an HTTP status; use codes from 100 to 599");
      }
    }
  }
}
