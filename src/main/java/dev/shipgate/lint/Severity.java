package dev.shipgate.lint;

import java.util.Locale;

/** How bad a finding is: errors fail the gate (exit 1), warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
