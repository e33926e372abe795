package dev.shipgate.ci.classify;

import java.util.List;

/** A purpose and the evidence for it: the command, action or name that decided it. */
public record Classification(Purpose purpose, String evidence) {
  public static final Classification UNKNOWN = new Classification(Purpose.UNKNOWN, null);
  public static final Classification NEUTRAL = new Classification(Purpose.NEUTRAL, null);

  public boolean critical() {
    return purpose.critical();
  }

  /**
   * What several commands add up to: the first critical one; else informational if any is; else
   * unknown if any is; else neutral (setup and cleanup only).
   */
  public static Classification combine(List<Classification> parts) {
    for (Classification c : parts) {
      if (c.critical()) {
        return c;
      }
    }
    for (Purpose p : List.of(Purpose.INFORMATIONAL, Purpose.UNKNOWN, Purpose.CLEANUP)) {
      for (Classification c : parts) {
        if (c.purpose() == p) {
          return c;
        }
      }
    }
    return parts.isEmpty() ? NEUTRAL : parts.get(0);
  }
}
