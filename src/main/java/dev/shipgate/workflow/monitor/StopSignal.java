package dev.shipgate.workflow.monitor;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Asks a running loop to stop (SIGTERM); the loop wakes at once from its wait between rounds. */
public final class StopSignal {
  private final CountDownLatch latch = new CountDownLatch(1);

  public void stop() {
    latch.countDown();
  }

  public boolean stopped() {
    return latch.getCount() == 0;
  }

  /** Waits up to {@code d}; true when stop was asked for. */
  boolean await(Duration d) {
    if (d.isNegative() || d.isZero()) {
      return stopped();
    }
    try {
      return latch.await(d.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
