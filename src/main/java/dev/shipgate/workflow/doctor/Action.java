package dev.shipgate.workflow.doctor;

/**
 * A recommended action: what it is about ({@code database}, {@code migrations}, {@code check:api},
 * ...), how urgent ({@code critical} or {@code warn}) and what to do, in one line.
 */
public record Action(String about, String severity, String message) {
  static Action critical(String about, String message) {
    return new Action(about, "critical", message);
  }

  static Action warn(String about, String message) {
    return new Action(about, "warn", message);
  }
}
