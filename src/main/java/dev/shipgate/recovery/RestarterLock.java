package dev.shipgate.recovery;

import java.time.Instant;
import java.util.Optional;

/**
 * The one-restarter lock: whoever holds it is the only one running a recovery action, across
 * threads, processes and (with a PostgreSQL store) hosts. Taking it never waits.
 */
interface RestarterLock extends AutoCloseable {
  /** Takes the lock for {@code target}; empty when another restarter holds it. */
  Optional<Lease> tryAcquire(String holder, String target, Instant now);

  /** The lock as it is now, and its holder. */
  RecoveryStats.LockView view();

  @Override
  void close();

  /** A held lock; closing it releases it. */
  interface Lease extends AutoCloseable {
    @Override
    void close();
  }
}
