package dev.shipgate.monitor;

/**
 * One check of one target.
 *
 * @param reason a failure class ({@code HTTP_5XX}, {@code CONNECTION_REFUSED}, ...) or null
 * @param detail for people, redacted
 */
public record Observation(
    String target, Health health, String reason, String detail, long latencyMs) {
  public Observation {
    detail = detail == null ? "" : detail;
  }

  public static Observation pass(String target, long latencyMs) {
    return new Observation(target, Health.PASS, null, "", latencyMs);
  }

  public static Observation fail(String target, String reason, String detail) {
    return new Observation(target, Health.FAIL, reason, detail, 0);
  }
}
