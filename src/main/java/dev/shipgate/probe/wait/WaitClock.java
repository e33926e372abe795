package dev.shipgate.probe.wait;

import java.time.Duration;

/**
 * Time as a wait sees it: a monotonic reading and a pause between polls. The system clock in
 * production; tests move a clock of their own by hand, so no test depends on how fast the machine
 * is.
 */
interface WaitClock {
  long nanoTime();

  void sleep(Duration d) throws InterruptedException;

  WaitClock SYSTEM =
      new WaitClock() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
          Thread.sleep(d);
        }
      };
}
