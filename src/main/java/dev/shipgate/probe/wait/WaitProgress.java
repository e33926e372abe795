package dev.shipgate.probe.wait;

import java.time.Duration;
import java.util.List;

/** Where {@link WaitService} reports as it goes; called from the waiting thread only. */
public interface WaitProgress {
  /** A target just became ready. */
  void ready(TargetOutcome outcome);

  /**
   * Some targets are not ready yet: their latest observations (first within 1 s, then every 5 s).
   */
  void stillWaiting(Duration elapsed, Duration timeout, List<TargetOutcome> pending);

  WaitProgress SILENT =
      new WaitProgress() {
        @Override
        public void ready(TargetOutcome outcome) {}

        @Override
        public void stillWaiting(Duration elapsed, Duration timeout, List<TargetOutcome> pending) {}
      };
}
