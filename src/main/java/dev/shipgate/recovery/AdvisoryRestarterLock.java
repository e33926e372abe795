package dev.shipgate.recovery;

import dev.shipgate.config.ConnectConfig;
import dev.shipgate.core.Events;
import dev.shipgate.db.Connector;
import dev.shipgate.db.DbSession;
import dev.shipgate.db.OpenOptions;
import dev.shipgate.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The restarter lock on a PostgreSQL store: a session advisory lock held on a connection of its own
 * (so two engines in one process exclude each other, and a dead process's lock goes with its
 * connection). The holder is written to {@code recovery_holder} while held; the stats trust only
 * {@code pg_locks} for whether it is held.
 */
final class AdvisoryRestarterLock implements RestarterLock {
  /** 'ship' and 'rcvr': the two halves of the advisory lock key. */
  static final int KEY1 = 0x73686970;

  static final int KEY2 = 0x72637672;
  static final String NAME = "restarter";
  private static final ConnectConfig CONNECT =
      new ConnectConfig(3, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(5));

  private final Store store;
  private DbSession session;

  AdvisoryRestarterLock(Store store) {
    this.store = store;
  }

  @Override
  public synchronized Optional<Lease> tryAcquire(String holder, String target, Instant now) {
    try {
      DbSession s = session();
      boolean got;
      try (PreparedStatement ps =
          s.connection().prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
        ps.setInt(1, KEY1);
        ps.setInt(2, KEY2);
        try (ResultSet rs = ps.executeQuery()) {
          got = rs.next() && rs.getBoolean(1);
        }
      }
      if (!got) {
        return Optional.empty();
      }
      store.write(
          c -> {
            Ledger.putHolder(c, NAME, holder, target, now);
            return null;
          });
      return Optional.of(() -> release(holder));
    } catch (SQLException e) {
      dropSession();
      throw new IllegalStateException(
          "cannot take the restarter lock on " + store.url().redacted() + ": " + e.getMessage(), e);
    }
  }

  private synchronized void release(String holder) {
    try {
      store.write(
          c -> {
            Ledger.clearHolder(c, NAME, holder);
            return null;
          });
    } finally {
      try (PreparedStatement ps =
          session().connection().prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
        ps.setInt(1, KEY1);
        ps.setInt(2, KEY2);
        ps.executeQuery().close();
      } catch (SQLException e) {
        dropSession(); // closing the connection releases the lock
      }
    }
  }

  @Override
  public RecoveryStats.LockView view() {
    return store.read(
        c -> {
          boolean held;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                      + " AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 2")) {
            ps.setLong(1, KEY1);
            ps.setLong(2, KEY2);
            try (ResultSet rs = ps.executeQuery()) {
              held = rs.next() && rs.getLong(1) > 0;
            }
          }
          if (!held) {
            return new RecoveryStats.LockView("advisory", false, null, null, null);
          }
          Optional<String[]> h = Ledger.holder(c, NAME);
          return new RecoveryStats.LockView(
              "advisory",
              true,
              h.map(x -> x[0]).orElse(null),
              h.map(x -> x[1]).orElse(null),
              h.map(x -> Instant.ofEpochMilli(Long.parseLong(x[2]))).orElse(null));
        });
  }

  private DbSession session() throws SQLException {
    if (session == null || session.connection().isClosed()) {
      session =
          Connector.connect(
              store.url(),
              CONNECT,
              new OpenOptions(
                  CONNECT.timeout(), Duration.ofSeconds(5), false, "shipgate restarter"),
              Events.none());
    }
    return session;
  }

  private void dropSession() {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  @Override
  public synchronized void close() {
    dropSession();
  }
}
