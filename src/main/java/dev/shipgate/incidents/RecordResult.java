package dev.shipgate.incidents;

import java.util.Optional;

/**
 * What one {@link IncidentService#record} did.
 *
 * @param incident the incident after the write
 * @param outcome what happened to it
 * @param transition the notified transition this write caused, if any
 */
public record RecordResult(Incident incident, Outcome outcome, Optional<Transition> transition) {
  /** What a record did to the incident of its key. */
  public enum Outcome {
    /** No incident was open for the key: a new one. */
    OPENED,
    /** The key's incident was resolved within the reopen window: it is open again. */
    REOPENED,
    /** The key's incident was open: an event was appended (and the repeat count bumped). */
    UPDATED,
    /** A RESOLVED event: the key's open incident is resolved now. */
    RESOLVED,
    /** A RESOLVED event for a key with nothing open: nothing changed. */
    NOTHING_OPEN
  }
}
