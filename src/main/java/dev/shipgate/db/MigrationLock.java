package dev.shipgate.db;

/**
 * The lock a migration run holds. {@link #exclusive()} is true when it excludes every other run for
 * as long as it is held (PostgreSQL's session advisory lock); when false (SQLite), runs serialise
 * per transaction and the runner must re-check the history inside each one.
 */
public interface MigrationLock extends AutoCloseable {
  boolean exclusive();

  @Override
  void close();
}
