package dev.shipgate.probe;

import java.util.Objects;

/**
 * The result of one probe. {@code reason} is null unless the status is FAIL or DEGRADED; {@code
 * httpStatus} is null when no response arrived; {@code latencyMs} is the duration of the last
 * attempt; {@code flaky} marks a pass that needed more than one attempt. {@code target} is the
 * probed URL and {@code detail} the human explanation, both already redacted.
 */
public record ProbeResult(
    String name,
    ProbeKind kind,
    ProbeStatus status,
    FailureReason reason,
    long latencyMs,
    int attempts,
    boolean flaky,
    Integer httpStatus,
    String detail,
    boolean optional,
    String target) {
  public ProbeResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    if (status == ProbeStatus.PASS) {
      reason = null;
    }
    detail = detail == null ? "" : detail;
  }

  /** A failure of a non-optional probe: makes the whole run unhealthy. */
  public boolean isHardFailure() {
    return status == ProbeStatus.FAIL && !optional;
  }
}
