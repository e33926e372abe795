package dev.shipgate.incidents;

import java.util.Locale;

/**
 * A change of an incident that is notified: each one is one outbox row, delivered once to every
 * destination. A reopened incident is OPENED again (its {@code openedCount} tells the two apart).
 */
public enum Transition {
  OPENED,
  ESCALATED,
  RESOLVED;

  /** The event name receivers see: {@code incident.opened}. */
  public String eventName() {
    return "incident." + name().toLowerCase(Locale.ROOT);
  }
}
