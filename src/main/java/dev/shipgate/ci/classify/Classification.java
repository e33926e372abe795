package dev.shipgate.ci.classify;

import java.util.List;

/**
 * A purpose and the evidence for it: the command, action or name that decided it. {@code byName}
 * when only a name decided (a script file's name such as {@code test.py}, a step or job name):
 * weaker evidence than a known program, so a step's own name may overrule it.
 */
public record Classification(Purpose purpose, String evidence, boolean byName) {
  public static final Classification UNKNOWN = new Classification(Purpose.UNKNOWN, null);
  public static final Classification NEUTRAL = new Classification(Purpose.NEUTRAL, null);

  public Classification(Purpose purpose, String evidence) {
    this(purpose, evidence, false);
  }

  public boolean critical() {
    return purpose.critical();
  }

  /**
   * What several commands add up to: the first critical one decided by a known program, else the
   * first critical one decided by a name; else informational if any is; else unknown if any is;
   * else neutral (setup and cleanup only).
   */
  public static Classification combine(List<Classification> parts) {
    Classification byName = null;
    for (Classification c : parts) {
      if (c.critical()) {
        if (!c.byName()) {
          return c;
        }
        if (byName == null) {
          byName = c;
        }
      }
    }
    if (byName != null) {
      return byName;
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
