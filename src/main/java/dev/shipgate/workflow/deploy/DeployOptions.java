package dev.shipgate.workflow.deploy;

import java.time.Duration;

/**
 * How to run one deploy.
 *
 * @param dryRun run PRECHECK only (the lock is checked, not taken) and report the plan
 * @param lockWait how long to wait for another deploy's lock (zero: fail at once naming the holder)
 */
public record DeployOptions(boolean dryRun, Duration lockWait) {
  public DeployOptions {
    lockWait = lockWait == null ? Duration.ZERO : lockWait;
  }
}
