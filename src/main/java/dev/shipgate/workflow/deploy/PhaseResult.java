package dev.shipgate.workflow.deploy;

import dev.shipgate.core.Event;
import dev.shipgate.core.Failure;
import java.time.Instant;
import java.util.List;

/**
 * One state of a deploy as it ran: when it started, how long it took, the events it emitted (each
 * with its time since the deploy began) and why it failed.
 *
 * @param error why it failed; null unless {@code status} is FAIL
 */
public record PhaseResult(
    Phase state,
    PhaseStatus status,
    Instant startedAt,
    long durationMs,
    List<Stamped> events,
    Failure error) {
  public PhaseResult {
    events = List.copyOf(events);
  }

  /**
   * An event and when it happened.
   *
   * @param atMs milliseconds since the deploy started
   */
  public record Stamped(long atMs, Event event) {}
}
