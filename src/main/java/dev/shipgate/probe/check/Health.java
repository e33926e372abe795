package dev.shipgate.probe.check;

import dev.shipgate.core.ExitCode;
import java.util.Locale;

/** The verdict on a whole run, and its exit code (0 healthy, 2 degraded, 1 unhealthy). */
public enum Health {
  HEALTHY(ExitCode.OK),
  DEGRADED(ExitCode.PARTIAL),
  UNHEALTHY(ExitCode.GATE_FAILED);

  private final ExitCode exitCode;

  Health(ExitCode exitCode) {
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
