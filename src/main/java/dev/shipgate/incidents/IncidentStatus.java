package dev.shipgate.incidents;

/** An incident is open until it is resolved; a resolved one can be reopened (reopen window). */
public enum IncidentStatus {
  OPEN,
  RESOLVED
}
