package dev.shipgate.sentry;

import dev.shipgate.core.ExitCode;
import java.time.Duration;
import java.util.List;

/**
 * A sentry run: its steps in order (it stops at the first failure), what to do next when it failed,
 * and the exit code.
 */
public record SentryResult(List<SentryStep> steps, String next, ExitCode exitCode, Duration took) {
  public boolean ok() {
    return exitCode == ExitCode.OK;
  }
}
