package dev.shipgate.probe.wait;

import java.time.Duration;
import java.util.List;

/**
 * How to wait: the overall {@code timeout} (always finite), the pause between polls of one target
 * (null: {@link #LOCAL_INTERVAL} for files and loopback hosts, {@link #REMOTE_INTERVAL} for other
 * hosts, which should not be hammered), the bound on each request or connect, and the HTTP statuses
 * that count as ready (empty: 2xx).
 */
public record WaitOptions(
    Duration timeout, Duration interval, Duration requestTimeout, List<Integer> statuses) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration LOCAL_INTERVAL = Duration.ofMillis(25);
  public static final Duration REMOTE_INTERVAL = Duration.ofMillis(250);
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);

  public WaitOptions {
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    if (!timeout.isPositive()
        || (interval != null && !interval.isPositive())
        || !requestTimeout.isPositive()) {
      throw new IllegalArgumentException("timeout, interval and request timeout must be positive");
    }
    for (Integer s : statuses) {
      if (s < 100 || s > 599) {
        throw new IllegalArgumentException(
            "--status " + s + " is not an HTTP status; use codes from 100 to 599");
      }
    }
  }

  /** The pause between polls of {@code target}. */
  public Duration intervalFor(WaitTarget target) {
    if (interval != null) {
      return interval;
    }
    return switch (target) {
      case WaitTarget.File f -> LOCAL_INTERVAL;
      case WaitTarget.Tcp t -> isLoopback(t.host()) ? LOCAL_INTERVAL : REMOTE_INTERVAL;
      case WaitTarget.Http h -> isLoopback(h.uri().getHost()) ? LOCAL_INTERVAL : REMOTE_INTERVAL;
    };
  }

  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.replaceAll("^\\[|]$", "").toLowerCase(java.util.Locale.ROOT);
    return h.equals("localhost")
        || h.startsWith("127.")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1");
  }
}
