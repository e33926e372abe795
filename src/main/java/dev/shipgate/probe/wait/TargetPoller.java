package dev.shipgate.probe.wait;

import java.time.Duration;

/** One poll of one target, bounded by {@code timeout}: what it saw. */
interface TargetPoller {
  Observation poll(WaitTarget target, Duration timeout);
}
