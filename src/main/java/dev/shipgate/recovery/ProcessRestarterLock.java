package dev.shipgate.recovery;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/** The restarter lock of an in-memory store: only this process can see the store anyway. */
final class ProcessRestarterLock implements RestarterLock {
  private static final Semaphore LOCK = new Semaphore(1);
  private static final AtomicReference<RecoveryStats.LockView> HOLDER = new AtomicReference<>();

  @Override
  public Optional<Lease> tryAcquire(String holder, String target, Instant now) {
    if (!LOCK.tryAcquire()) {
      return Optional.empty();
    }
    HOLDER.set(new RecoveryStats.LockView("process", true, holder, target, now));
    return Optional.of(
        () -> {
          HOLDER.set(null);
          LOCK.release();
        });
  }

  @Override
  public RecoveryStats.LockView view() {
    RecoveryStats.LockView v = HOLDER.get();
    return v != null ? v : new RecoveryStats.LockView("process", false, null, null, null);
  }

  @Override
  public void close() {}
}
