package dev.shipgate.core;

/**
 * What a judging command concluded. PASS and FAIL are the gate; PARTIAL means it passed with
 * degraded or optional failures. The CLI turns it into the exit code.
 */
public enum Verdict {
  PASS,
  PARTIAL,
  FAIL;

  public static Verdict of(boolean ok) {
    return ok ? PASS : FAIL;
  }
}
