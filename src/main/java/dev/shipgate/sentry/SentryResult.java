package dev.shipgate.sentry;

import dev.shipgate.core.Failure;
import java.time.Duration;
import java.util.List;

/**
 * A sentry run: its steps in order (it stops at the first failure), what to do next when it failed,
 * and why it failed (null when it passed).
 */
public record SentryResult(List<SentryStep> steps, String next, Failure failure, Duration took) {
  public boolean ok() {
    return failure == null;
  }
}
