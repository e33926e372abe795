package dev.shipgate.workflow.health;

import dev.shipgate.core.Event;

/** What the refresher reports as it works (for the server's event log and metrics). */
public final class HealthEvents {
  private HealthEvents() {}

  /**
   * One part finished (or ran into its timeout): {@code ok} is whether it produced a value, not
   * whether the dependency is healthy.
   */
  public record Checked(PartName part, boolean ok, boolean timedOut, long durationMs, String error)
      implements Event {}

  /**
   * A part was due while its previous check was still running, so it was not started again (a hung
   * dependency holds one worker, never more).
   */
  public record StillRunning(PartName part, long runningMs) implements Event {}
}
