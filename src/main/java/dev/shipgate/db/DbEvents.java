package dev.shipgate.db;

import dev.shipgate.core.Event;
import java.time.Duration;

/** What the database layer reports while it waits: a connection retry, a held migration lock. */
public final class DbEvents {
  private DbEvents() {}

  /**
   * A connection attempt failed and will be retried after {@code backoff}.
   *
   * @param reason the driver's message on one line, without the password
   */
  public record ConnectRetry(int attempt, int attempts, String reason, Duration backoff)
      implements Event {}

  /** Another session holds the migration lock; this run waits up to {@code timeout}. */
  public record LockWaiting(String holder, Duration waited, Duration timeout) implements Event {}
}
