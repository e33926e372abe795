package dev.shipgate.incidents;

/**
 * One entry of an incident's timeline. {@link #NOTIFY_FAILED} is written by shipgate itself when a
 * notification could not be delivered.
 */
public enum EventType {
  DETECTED,
  RECOVERY_ATTEMPTED,
  RECOVERY_SUCCESS,
  RECOVERY_FAILED,
  ESCALATED,
  RESOLVED,
  NOTE,
  NOTIFY_FAILED
}
