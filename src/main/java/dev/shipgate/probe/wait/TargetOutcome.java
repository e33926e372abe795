package dev.shipgate.probe.wait;

/**
 * Where one target stands: ready or not, after how long (ms since the wait began), how many polls,
 * and the last observation (null while the first poll is still running). {@code target} is
 * redacted.
 */
public record TargetOutcome(
    String target, boolean ready, long elapsedMs, int attempts, Observation last) {

  /** Why it is (still) not ready, or what made it ready. */
  public String describe() {
    if (last == null) {
      return "no answer yet (first attempt in flight)";
    }
    return last.describe();
  }
}
