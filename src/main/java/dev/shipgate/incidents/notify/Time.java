package dev.shipgate.incidents.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The notifier's clock and its way to wait, so tests can run waits on a fake clock. */
public interface Time {
  Instant now();

  void sleep(Duration d) throws InterruptedException;

  /** The wall clock and {@link Thread#sleep}. */
  static Time of(Clock clock) {
    return new Time() {
      @Override
      public Instant now() {
        return clock.instant();
      }

      @Override
      public void sleep(Duration d) throws InterruptedException {
        if (d.isPositive()) {
          Thread.sleep(d.toMillis(), 0);
        }
      }
    };
  }
}
