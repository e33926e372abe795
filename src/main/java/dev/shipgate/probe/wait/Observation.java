package dev.shipgate.probe.wait;

import dev.shipgate.probe.FailureReason;

/**
 * What one poll of a target saw: ready or not, and if not, why ({@code reason} may be null, e.g. a
 * file that does not exist yet). {@code httpStatus} is null without an HTTP response.
 */
public record Observation(boolean ready, FailureReason reason, String detail, Integer httpStatus) {
  static Observation ready(String detail, Integer httpStatus) {
    return new Observation(true, null, detail, httpStatus);
  }

  static Observation notReady(FailureReason reason, String detail) {
    return new Observation(false, reason, detail, null);
  }

  /** "CONNECTION_REFUSED: connection refused by 127.0.0.1:3001" or just the detail. */
  public String describe() {
    return reason == null ? detail : reason.name() + ": " + detail;
  }
}
