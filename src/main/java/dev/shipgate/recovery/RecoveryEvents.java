package dev.shipgate.recovery;

import dev.shipgate.core.Event;
import java.time.Duration;
import java.time.Instant;

/** What the engine reports while it works (the monitor logs them and writes incident events). */
public final class RecoveryEvents {
  private RecoveryEvents() {}

  /** An action is about to run: the attempt {@code number} within the window. */
  public record Attempted(String target, String action, int number, int maxAttempts)
      implements Event {}

  /** The action succeeded. */
  public record Succeeded(String target, String action, Duration took) implements Event {}

  /** The action failed; {@code reason} is redacted and names no URL. */
  public record Failed(String target, String action, String reason, Duration took)
      implements Event {}

  /** The trigger answered 429: the next attempt waits until {@code until}. */
  public record Deferred(String target, Instant until) implements Event {}

  /** The budget is spent: recovery stops for this target until it is UP again. */
  public record Escalated(String target, int attempts, Duration window) implements Event {}

  /** One line the recovery command printed (redacted). */
  public record Output(String target, String line) implements Event {}
}
