package dev.shipgate.incidents.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * How much of a command's time notifications may take ({@code notify.timeout}). A command's budget
 * is shared by all its dispatches ({@link #perCommand}); a long-running loop gets the whole budget
 * on every dispatch ({@link #perDispatch}). Nothing the notifier waits for (a token, a Retry-After,
 * a backoff, a response) may end after the deadline it was given.
 */
public final class Budget {
  private final Duration total;
  private final boolean shared;
  private Duration spent = Duration.ZERO;

  private Budget(Duration total, boolean shared) {
    this.total = total;
    this.shared = shared;
  }

  public static Budget perCommand(Duration total) {
    return new Budget(total, true);
  }

  public static Budget perDispatch(Duration total) {
    return new Budget(total, false);
  }

  public Duration total() {
    return total;
  }

  /** When a dispatch that starts {@code now} must be done. */
  Instant deadline(Instant now) {
    Duration left = shared ? total.minus(spent) : total;
    return now.plus(left.isNegative() ? Duration.ZERO : left);
  }

  void spend(Duration d) {
    if (shared && d.isPositive()) {
      spent = spent.plus(d);
    }
  }

  /** What a shared budget has left. */
  public Duration remaining() {
    Duration left = total.minus(spent);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
