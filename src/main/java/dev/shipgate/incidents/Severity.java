package dev.shipgate.incidents;

/** How bad an incident is; a later record with a higher severity escalates an open incident. */
public enum Severity {
  INFO,
  WARN,
  CRITICAL;

  public boolean higherThan(Severity other) {
    return compareTo(other) > 0;
  }
}
