package dev.shipgate.db;

import java.time.Duration;

/** Another session held the migration lock for longer than the lock timeout. */
public final class LockTimeoutException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String holder;
  private final Duration waited;

  public LockTimeoutException(String holder, Duration waited) {
    super("the migration lock is still held by " + holder);
    this.holder = holder;
    this.waited = waited;
  }

  /** Who held it, as shown to users (pid, application name, since when). */
  public String holder() {
    return holder;
  }

  public Duration waited() {
    return waited;
  }
}
