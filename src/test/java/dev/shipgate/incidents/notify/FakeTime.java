package dev.shipgate.incidents.notify;

import dev.shipgate.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link Time} on a {@link MutableClock}: sleeping moves the clock and is recorded. */
final class FakeTime implements Time {
  final MutableClock clock;
  final List<Duration> sleeps = new ArrayList<>();

  FakeTime(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public void sleep(Duration d) {
    if (d.isPositive()) {
      sleeps.add(d);
      clock.advance(d);
    }
  }
}
